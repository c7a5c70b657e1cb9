/// What undoing one journal entry takes, against the live list: ranges to add back (with their notes) and rules
/// to remove. Built by `UndoPlanner`; performed through the lockout guard and the cap like any change.
public struct UndoPlan: Hashable, Sendable {
    /// The entry being undone.
    public var entry: String
    /// Ranges the entry removed that are not on the list now, with the notes and expiries they had.
    public var readd: [JournalRule]
    /// Rules the entry added that are still on the list.
    public var remove: [AllowRule]
    /// What needs no undoing, one sentence each ("203.0.113.0/24 is already on the list as #19.").
    public var skipped: [String]

    public init(entry: String, readd: [JournalRule], remove: [AllowRule], skipped: [String]) {
        self.entry = entry
        self.readd = readd
        self.remove = remove
        self.skipped = skipped
    }

    public var isEmpty: Bool { readd.isEmpty && remove.isEmpty }
}

/// Why an entry cannot be undone.
public enum UndoRefusal: Error, Hashable, Sendable {
    case unknownEntry(String)
    case ambiguous(String, matches: [String])
    case nothingToUndo
    /// The outcome was never written and not reconciled yet.
    case pending(String)
    /// Nothing of it landed.
    case failed(String)
    case alreadyUndone(String, by: String)

    public var message: String {
        switch self {
        case .unknownEntry(let id):
            return "No journal entry \(id) for this account. Run `sgaccess journal` to see the entries."
        case .ambiguous(let id, let matches):
            return
                "\(id) names \(matches.count) journal entries (\(matches.joined(separator: ", "))); give more digits."
        case .nothingToUndo: return "The journal of this account has no change left to undo."
        case .pending(let id):
            return
                "Entry \(id) has no recorded outcome yet; start sgaccess once (any command that reads the list) to reconcile it, then undo."
        case .failed(let id): return "Entry \(id) changed nothing (it failed), so there is nothing to undo."
        case .alreadyUndone(let id, let by): return "Entry \(id) was already undone by entry \(by)."
        }
    }
}
