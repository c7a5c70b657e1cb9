/// `sgaccess apply FILE`: `{"dry_run", "plan": PlanShape, "added": [RuleShape], "removed": [RuleShape],
/// "annotations_updated", "journal_entry", "lockout", "after"}` (see JSONShapes.md). `lockout` is the verdict the
/// change was sent with (null when nothing was sent); `after` the list read back (null when nothing was sent).
struct ApplyShape: Encodable {
    let dryRun: Bool
    let plan: PlanShape
    var added: [RuleShape] = []
    var removed: [RuleShape] = []
    var annotationsUpdated = 0
    var journalEntry: String? = nil
    var lockout: LockoutShape? = nil
    var after: AfterShape? = nil

    init(dryRun: Bool, plan: PlanShape) {
        self.dryRun = dryRun
        self.plan = plan
    }

    mutating func record(_ result: ApplyResult) {
        added = result.created.map(RuleShape.init)
        removed = result.removed.map(RuleShape.init)
        annotationsUpdated = result.annotationsUpdated
        journalEntry = result.entry
        lockout = result.lockout
        after = result.after.map { AfterShape(count: $0.count) }
    }

    enum CodingKeys: String, CodingKey {
        case plan, added, removed, lockout, after
        case dryRun = "dry_run"
        case annotationsUpdated = "annotations_updated"
        case journalEntry = "journal_entry"
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(dryRun, forKey: .dryRun)
        try c.encode(plan, forKey: .plan)
        try c.encode(added, forKey: .added)
        try c.encode(removed, forKey: .removed)
        try c.encode(annotationsUpdated, forKey: .annotationsUpdated)
        try c.encode(journalEntry, forKey: .journalEntry)
        try c.encode(lockout, forKey: .lockout)
        try c.encode(after, forKey: .after)
    }
}
