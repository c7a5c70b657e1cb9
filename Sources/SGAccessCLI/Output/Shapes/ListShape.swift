/// `sgaccess list`: `{"count", "enforced", "limit", "rules": [RuleShape + "covers_mine": [address], "note",
/// "expires"]}`; `note` (text) and `expires` (Unix seconds) come from the local annotations store, null when none.
struct ListShape: Encodable {
    struct Row: Encodable {
        let rule: RuleShape
        let coversMine: [String]
        var note: String? = nil
        var expires: Int64? = nil

        func encode(to encoder: Encoder) throws {
            try rule.encode(to: encoder)
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(coversMine, forKey: .coversMine)
            try c.encode(note, forKey: .note)
            try c.encode(expires, forKey: .expires)
        }

        enum Keys: String, CodingKey {
            case note, expires
            case coversMine = "covers_mine"
        }
    }

    let count: Int
    let enforced: Bool
    let limit: Int
    let rules: [Row]
}
