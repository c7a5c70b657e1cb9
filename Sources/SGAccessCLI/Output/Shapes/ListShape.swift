/// `sgaccess list`: `{"count", "enforced", "limit", "rules": [RuleShape + "covers_mine": [address]]}`.
struct ListShape: Encodable {
    struct Row: Encodable {
        let rule: RuleShape
        let coversMine: [String]

        func encode(to encoder: Encoder) throws {
            try rule.encode(to: encoder)
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(coversMine, forKey: .coversMine)
        }

        enum Keys: String, CodingKey { case coversMine = "covers_mine" }
    }

    let count: Int
    let enforced: Bool
    let limit: Int
    let rules: [Row]
}
