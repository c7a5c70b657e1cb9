import AccessCore

/// `sgaccess undo` and `sgaccess expire`: `{"entry", "dry_run", "readd": [JournalShape.Rule],
/// "removed": [RuleShape], "held_back": [RuleShape], "skipped": [sentence], "lockout", "after"}`.
/// `entry` is the undone entry (null for expire); `held_back` the expired rules the guard kept (empty for undo).
struct UndoShape: Encodable {
    var entry: String?
    var dryRun: Bool
    var readd: [JournalRule]
    var removed: [RuleShape]
    var heldBack: [RuleShape] = []
    var skipped: [String]
    var lockout: LockoutShape?
    var after: AfterShape? = nil

    enum CodingKeys: String, CodingKey {
        case entry, readd, removed, skipped, lockout, after
        case dryRun = "dry_run"
        case heldBack = "held_back"
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(entry, forKey: .entry)
        try c.encode(dryRun, forKey: .dryRun)
        try c.encode(readd.map(JournalShape.Rule.init), forKey: .readd)
        try c.encode(removed, forKey: .removed)
        try c.encode(heldBack, forKey: .heldBack)
        try c.encode(skipped, forKey: .skipped)
        try c.encode(lockout, forKey: .lockout)
        try c.encode(after, forKey: .after)
    }
}
