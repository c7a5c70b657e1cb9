/// Why an API call failed, as the runtime reports it: a sentence for the operator (never containing the key)
/// and whether retrying later may help (timeouts, connection errors, 429, 5xx).
public struct FailureInfo: Error, Hashable, Sendable {
    public let message: String
    public let isTransient: Bool
    /// A short phrase for the header: "the key may lack access_settings.whitelist.read", "no answer within 10 s".
    public let reason: String

    public init(message: String, isTransient: Bool, reason: String? = nil) {
        self.message = message
        self.isTransient = isTransient
        self.reason = reason ?? message
    }
}
