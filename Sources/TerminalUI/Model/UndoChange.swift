import AccessCore

/// What `u` puts back: one journal entry's undo, planned against the live list (`UndoPlanner.plan`). The app
/// undoes an entry that only added (its rules are removed) or only removed (its ranges are re-added with their
/// notes); an entry that did both (`sgaccess apply`) is undone with `sgaccess undo`.
public struct UndoChange: Hashable, Sendable {
    /// The journal entry being undone.
    public let entry: String
    /// Ranges to add back, with the notes and expiries they had.
    public let readd: [JournalRule]
    /// Rules the entry added that are still on the list (sanitised text).
    public let remove: [RuleRef]

    public init(entry: String, readd: [JournalRule], remove: [RuleRef]) {
        self.entry = entry
        self.readd = readd
        self.remove = remove
    }
}
