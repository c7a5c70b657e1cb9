import AccessCore

/// `sgaccess remove`: `{"dry_run", "removed": [RuleShape], "not_found": [target], "lockout"}`.
struct RemoveShape: Encodable {
    let dryRun: Bool
    let removed: [RuleShape]
    let notFound: [String]
    let lockout: LockoutShape

    enum CodingKeys: String, CodingKey {
        case removed, lockout
        case dryRun = "dry_run"
        case notFound = "not_found"
    }
}
