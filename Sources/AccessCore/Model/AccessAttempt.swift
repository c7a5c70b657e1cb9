/// One row of SendGrid's recent access activity: an address that tried to reach the account.
/// Text fields are untrusted (sanitise before drawing).
public struct AccessAttempt: Hashable, Sendable {
    public let ip: String
    /// Parsed `ip`; nil when the API's text is not an address.
    public let address: IPAddress?
    public let allowed: Bool
    public let authMethod: String
    public let location: String
    /// Unix seconds.
    public let firstAt: Int64
    public let lastAt: Int64

    public init(ip: String, allowed: Bool, authMethod: String, location: String, firstAt: Int64, lastAt: Int64) {
        self.ip = ip
        self.address = IPAddress(ip)
        self.allowed = allowed
        self.authMethod = authMethod
        self.location = location
        self.firstAt = firstAt
        self.lastAt = lastAt
    }
}
