import AccessCore
import Synchronization

/// The local records in memory: for tests, and for a machine with no state folder (the records then last as long
/// as the process, which callers say).
public final class MemoryLedger: LedgerStore {
    public let account: LedgerAccount
    public var location: String { "memory" }

    private struct Contents {
        var lines: [JournalLine] = []
        var annotations: [String: Annotation] = [:]
        var dismissals: [String: Dismissal] = [:]
        /// The next append fails with this (a full disk), once.
        var failNextAppend: LedgerError?
    }

    private let contents = Mutex(Contents())

    public init(account: LedgerAccount) {
        self.account = account
    }

    /// Makes the next `append` fail with `error` (tests of a full disk).
    public func failNextAppend(with error: LedgerError) {
        contents.withLock { $0.failNextAppend = error }
    }

    /// Every line appended so far.
    public var lines: [JournalLine] { contents.withLock { $0.lines } }

    public func append(_ line: JournalLine) throws(LedgerError) {
        let failure: LedgerError? = contents.withLock { contents in
            if let failure = contents.failNextAppend {
                contents.failNextAppend = nil
                return failure
            }
            contents.lines.append(line)
            return nil
        }
        if let failure { throw failure }
    }

    public func journal() throws(LedgerError) -> JournalReading {
        JournalReading(records: JournalRecord.pair(contents.withLock { $0.lines }))
    }

    public func annotations() throws(LedgerError) -> [String: Annotation] { contents.withLock { $0.annotations } }

    public func updateAnnotations(_ change: (inout [String: Annotation]) -> Void) throws(LedgerError) {
        contents.withLock { contents in
            change(&contents.annotations)
            contents.annotations = contents.annotations.filter { !$0.value.isEmpty }
        }
    }

    public func dismissals() throws(LedgerError) -> [String: Dismissal] { contents.withLock { $0.dismissals } }

    public func updateDismissals(_ change: (inout [String: Dismissal]) -> Void) throws(LedgerError) {
        contents.withLock { change(&$0.dismissals) }
    }
}
