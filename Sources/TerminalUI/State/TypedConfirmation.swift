public struct TypedConfirmation: Hashable, Sendable {
    /// Exactly what must be typed: an address or a range, never a count.
    public let expected: String
    /// Why typing is required, for the prompt.
    public let reason: String
    public var entered: String = ""

    public var matches: Bool { entered == expected }
}
