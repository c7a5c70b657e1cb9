import AccessCore

/// `sgaccess check`: `{"address", "allowed", "reason", "rules": [RuleShape], "scope", "coverage"}`; `reason` is
/// "covered", "list_empty" or "not_covered"; `scope` is the address's `AddressScope.word` ("public", "private", …);
/// `coverage` is null for a single address.
struct CheckShape: Encodable {
    /// How much of a range the rules cover: `{"covered", "size", "partial": [{"rule_id", "range", "addresses"}]}`,
    /// counts as strings (exact, or `2^N`).
    struct Coverage: Encodable {
        struct Part: Encodable {
            let ruleID: Int
            let range: String
            let addresses: String

            enum CodingKeys: String, CodingKey {
                case range, addresses
                case ruleID = "rule_id"
            }
        }

        let covered: String
        let size: String
        let partial: [Part]

        init(_ coverage: RangeCoverage) {
            covered = coverage.covered.description
            size = coverage.total.description
            partial = coverage.parts.map {
                Part(ruleID: $0.rule.id, range: $0.range.description, addresses: $0.addresses.description)
            }
        }
    }

    let address: String
    let allowed: Bool
    let reason: String
    let rules: [RuleShape]
    let scope: String
    let coverage: Coverage?

    enum CodingKeys: String, CodingKey { case address, allowed, reason, rules, scope, coverage }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(address, forKey: .address)
        try c.encode(allowed, forKey: .allowed)
        try c.encode(reason, forKey: .reason)
        try c.encode(rules, forKey: .rules)
        try c.encode(scope, forKey: .scope)
        try c.encode(coverage, forKey: .coverage)
    }
}
