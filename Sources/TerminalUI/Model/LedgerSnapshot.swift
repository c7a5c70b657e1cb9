import AccessCore

/// The account's local records as the runtime read them off the main actor: its journal entries (oldest first),
/// the notes and expiries of its rules, and how many journal lines could not be read.
public struct LedgerSnapshot: Hashable, Sendable {
    public var records: [JournalRecord]
    public var annotations: [String: Annotation]
    public var unreadableLines: Int

    public init(records: [JournalRecord] = [], annotations: [String: Annotation] = [:], unreadableLines: Int = 0) {
        self.records = records
        self.annotations = annotations
        self.unreadableLines = unreadableLines
    }
}
