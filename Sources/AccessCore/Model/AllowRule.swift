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

    /// The rule `init(id:ip:createdAt:updatedAt:)` makes of the text these UTF-8 bytes spell, its range read from the
    /// bytes themselves: a list reader holds them, and walking the new string again took a fifth of reading a list.
    /// (The fast reader accepts only digits, dots and a slash, so where it reads a range the text is those bytes.)
    public init(id: Int, utf8 ip: UnsafeBufferPointer<UInt8>, createdAt: Int64, updatedAt: Int64) {
        let text = String(decoding: ip, as: UTF8.self)
        self.id = id
        self.ip = text
        self.range = CIDR.fastV4(ip) ?? (try? AllowEntryParser.parse(text).get().range)
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
