/// One entry of the allow list as SendGrid returns it. `range` is nil when the API's `ip` text cannot be parsed;
/// such a rule is shown as-is and never counted as covering anything.
public struct AllowRule: Hashable, Sendable, Identifiable {
    public let id: Int
    /// The `ip` text exactly as the API sent it (untrusted: sanitise before drawing).
    public let ip: String
    public let range: CIDR?
    /// Unix seconds.
    public let createdAt: Int64
    public let updatedAt: Int64

    public init(id: Int, ip: String, createdAt: Int64, updatedAt: Int64) {
        self.id = id
        self.ip = ip
        self.range = CIDR.fastV4(ip.utf8) ?? (try? AllowEntryParser.parse(ip).get().range)
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public init(id: Int, range: CIDR, createdAt: Int64, updatedAt: Int64) {
        self.id = id
        self.ip = range.description
        self.range = range
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
