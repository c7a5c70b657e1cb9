import AccessCore
import AccessLedger

/// A `MemoryLedger` whose dismissals cannot be written (a full disk): reads work, every `updateDismissals` throws.
final class FailingDismissalsLedger: LedgerStore {
    let inner: MemoryLedger
    let failure = LedgerError(
        path: "/state/sgaccess/dismissals/runtime-test.json", operation: "write", reason: "No space left on device")

    init(account: LedgerAccount) { inner = MemoryLedger(account: account) }

    var account: LedgerAccount { inner.account }
    var location: String { inner.location }
    func append(_ line: JournalLine) throws(LedgerError) { try inner.append(line) }
    func journal() throws(LedgerError) -> JournalReading { try inner.journal() }
    func annotations() throws(LedgerError) -> [String: Annotation] { try inner.annotations() }
    func updateAnnotations(_ change: (inout [String: Annotation]) -> Void) throws(LedgerError) {
        try inner.updateAnnotations(change)
    }
    func dismissals() throws(LedgerError) -> [String: Dismissal] { try inner.dismissals() }
    func updateDismissals(_ change: (inout [String: Dismissal]) -> Void) throws(LedgerError) { throw failure }
}
