import AccessCore
import Testing

@testable import AccessLedger

@Suite struct MemoryLedgerTests {
    @Test func aFailedAppendKeepsNothingAndTheNextOneLands() throws {
        let ledger = MemoryLedger(account: LedgerFixtures.account)
        ledger.failNextAppend(
            with: LedgerError(path: "journal.jsonl", operation: "write", reason: "No space left on device"))
        #expect(throws: LedgerError.self) { try ledger.append(.intent(LedgerFixtures.intent("00000001"))) }
        try ledger.append(.intent(LedgerFixtures.intent("00000002")))
        #expect(try ledger.journal().records.map(\.id) == ["00000002"])
    }

    @Test func journalIDsAreEightHexDigits() {
        #expect(JournalID.make(0) == "00000000")
        #expect(JournalID.make(0xdead_beef) == "deadbeef")
        #expect(JournalID.random().count == 8)
    }
}
