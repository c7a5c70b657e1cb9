/// `sgaccess activity`: `{"count", "attempts": [...]}`; `status` is "blocked", "allowed_since", "allowed" or
/// "no_longer_allowed"; `rule_id` is the rule allowing it now (narrowest), or null.
struct ActivityShape: Encodable {
    struct Attempt: Encodable {
        let ip: String
        let allowed: Bool
        let status: String
        let ruleID: Int?
        let coveringRuleIDs: [Int]
        let authMethod: String
        let location: String
        let firstAt: Int64
        let lastAt: Int64

        enum CodingKeys: String, CodingKey {
            case ip, allowed, status, location
            case ruleID = "rule_id"
            case coveringRuleIDs = "covering_rule_ids"
            case authMethod = "auth_method"
            case firstAt = "first_at"
            case lastAt = "last_at"
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(ip, forKey: .ip)
            try c.encode(allowed, forKey: .allowed)
            try c.encode(status, forKey: .status)
            try c.encode(ruleID, forKey: .ruleID)
            try c.encode(coveringRuleIDs, forKey: .coveringRuleIDs)
            try c.encode(authMethod, forKey: .authMethod)
            try c.encode(location, forKey: .location)
            try c.encode(firstAt, forKey: .firstAt)
            try c.encode(lastAt, forKey: .lastAt)
        }
    }

    let count: Int
    let attempts: [Attempt]
}
