import AccessCore

/// A rule: `{"id", "ip", "range", "created_at", "updated_at"}`. `ip` is SendGrid's text as sent; `range` is its
/// normalised CIDR, or null when the text is not a valid range.
public struct RuleShape: Encodable, Hashable, Sendable {
    public let id: Int
    public let ip: String
    public let range: String?
    public let createdAt: Int64
    public let updatedAt: Int64

    init(_ rule: AllowRule) {
        id = rule.id
        ip = rule.ip
        range = rule.range?.description
        createdAt = rule.createdAt
        updatedAt = rule.updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, ip, range
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(ip, forKey: .ip)
        try c.encode(range, forKey: .range)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
    }
}
