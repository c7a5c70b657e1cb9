import AccessCore

/// `sgaccess allow`: `{"dry_run", "added": [{"id", "range", "input", "warning"}], "skipped": [{"input", "range", "reason", "rule_id"}], "lockout", "after"}`.
struct AllowShape: Encodable {
    /// `id` is null on a dry run (nothing was created).
    struct Added: Encodable {
        let id: Int?
        let range: String
        let input: String
        let warning: String?

        enum CodingKeys: String, CodingKey { case id, range, input, warning }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(range, forKey: .range)
            try c.encode(input, forKey: .input)
            try c.encode(warning, forKey: .warning)
        }
    }

    struct Skipped: Encodable {
        let input: String
        let range: String
        let reason: String
        let ruleID: Int?

        enum CodingKeys: String, CodingKey {
            case input, range, reason
            case ruleID = "rule_id"
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(input, forKey: .input)
            try c.encode(range, forKey: .range)
            try c.encode(reason, forKey: .reason)
            try c.encode(ruleID, forKey: .ruleID)
        }
    }

    let dryRun: Bool
    let added: [Added]
    let skipped: [Skipped]
    let lockout: LockoutShape
    /// The list read back after the POST; null on a dry run or when nothing was sent.
    var after: AfterShape? = nil

    enum CodingKeys: String, CodingKey {
        case added, skipped, lockout, after
        case dryRun = "dry_run"
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(dryRun, forKey: .dryRun)
        try c.encode(added, forKey: .added)
        try c.encode(skipped, forKey: .skipped)
        try c.encode(lockout, forKey: .lockout)
        try c.encode(after, forKey: .after)
    }
}
