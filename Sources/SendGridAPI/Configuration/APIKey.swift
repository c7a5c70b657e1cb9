/// A SendGrid API key. Its `description` is redacted so it never reaches a log, a screen or an error.
public struct APIKey: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The secret itself: only the auth middleware reads this.
    public let secret: String

    public init(_ secret: String) {
        self.secret = secret
    }

    public var description: String { "SG.<redacted>" }
    public var debugDescription: String { description }
}
