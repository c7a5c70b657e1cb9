import AccessCore

/// The local records of one account: the journal of changes, the notes and expiries of its rules, and its
/// dismissed attempts. `FileLedger` keeps them under `$XDG_STATE_HOME/sgaccess`; `MemoryLedger` in memory (tests,
/// or a machine with no state folder). Every method is synchronous and short: callers off the main actor.
public protocol LedgerStore: Sendable {
    /// The account these records belong to.
    var account: LedgerAccount { get }
    /// Where the records live, for messages ("~/.local/state/sgaccess"), or "memory".
    var location: String { get }

    /// Appends one line to the journal and flushes it to disk before returning (write-ahead).
    func append(_ line: JournalLine) throws(LedgerError)
    /// This account's journal entries, oldest first, and how many lines could not be read.
    func journal() throws(LedgerError) -> JournalReading

    func annotations() throws(LedgerError) -> [String: Annotation]
    /// Read-modify-write of the annotations under a lock (another process may write them too).
    func updateAnnotations(_ change: (inout [String: Annotation]) -> Void) throws(LedgerError)

    func dismissals() throws(LedgerError) -> [String: Dismissal]
    func updateDismissals(_ change: (inout [String: Dismissal]) -> Void) throws(LedgerError)
}

/// The journal as read: the account's records and the count of lines that were not valid (a torn last line
/// after a crash, or a hand edit), which readers report.
public struct JournalReading: Hashable, Sendable {
    public var records: [JournalRecord]
    public var unreadableLines: Int

    public init(records: [JournalRecord], unreadableLines: Int = 0) {
        self.records = records
        self.unreadableLines = unreadableLines
    }

    /// Entries whose outcome was never written.
    public var pending: [JournalRecord] { records.filter(\.isPending) }
}
