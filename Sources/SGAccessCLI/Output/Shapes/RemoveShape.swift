import AccessCore

/// `sgaccess remove`: `{"dry_run", "removed": [RuleShape], "not_found": [target], "lockout", "after"}`.
struct RemoveShape: Encodable {
    let dryRun: Bool
    let removed: [RuleShape]
    let notFound: [String]
    let lockout: LockoutShape
    /// The list read back after the DELETE; null on a dry run or when nothing was sent.
    var after: AfterShape? = nil

    enum CodingKeys: String, CodingKey {
        case removed, lockout, after
        case dryRun = "dry_run"
        case notFound = "not_found"
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(dryRun, forKey: .dryRun)
        try c.encode(removed, forKey: .removed)
        try c.encode(notFound, forKey: .notFound)
        try c.encode(lockout, forKey: .lockout)
        try c.encode(after, forKey: .after)
    }
}
