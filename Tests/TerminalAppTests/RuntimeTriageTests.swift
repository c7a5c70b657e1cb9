import AccessCore
import AccessLedger
import TerminalKit
import TerminalUI
import Testing

@testable import TerminalApp

/// The triage inbox through the real runtime: dismissals written to the ledger, read back by the next start, and a
/// write that fails shown as an error while the dismissal holds in memory.
@MainActor @Suite struct RuntimeTriageTests {
    static let account = LedgerAccount(RuntimeHarness.target)

    /// The attempts pane's rows on screen (the title and column header excluded).
    static func listed(_ h: RuntimeHarness) -> [String] {
        h.runtime.state.attempts.visible.map { h.runtime.state.attempts.items[$0].ip }
    }

    @Test func aDismissalSurvivesARestartOnTheSameLedger() async throws {
        let ledger = MemoryLedger(account: Self.account)
        let first = RuntimeHarness(ledger: ledger)
        try await first.start()
        #expect(Self.listed(first).contains("192.0.2.99"))
        // `g`: the selection keeps its row when the rows re-sort (the activity may arrive before the list), so the
        // blocked row is chosen explicitly.
        first.terminal.press(.character("2"), .character("g"))
        #expect(first.runtime.state.attempts.selected?.ip == "192.0.2.99")
        first.terminal.press(.character("x"))
        first.terminal.type("known scanner")
        first.terminal.press(.enter)
        await first.runtime.settle()
        let stored = try ledger.dismissals()["192.0.2.99"]
        #expect(stored?.reason == "known scanner")
        #expect(stored?.by == "ops@bastion")  // the harness's fixed actor
        #expect(!Self.listed(first).contains("192.0.2.99"))
        first.terminal.press(.character("q"))

        let second = RuntimeHarness(ledger: ledger)
        try await second.start()
        #expect(second.runtime.state.attempts.triage.loaded)
        #expect(!Self.listed(second).contains("192.0.2.99"))
        #expect(second.screen.contains("2 recent · 0 blocked · 1 dismissed"))
        // Un-dismissed in the second run: the ledger forgets it.
        second.terminal.press(.character("2"), .character("X"), .character("g"))
        #expect(second.runtime.state.attempts.selected?.ip == "192.0.2.99")
        second.terminal.press(.character("x"))
        await second.runtime.settle()
        #expect(try ledger.dismissals().isEmpty)
    }

    @Test func aFailedWriteIsAnErrorFlashAndTheDismissalStaysInMemory() async throws {
        let ledger = FailingDismissalsLedger(account: Self.account)
        let h = RuntimeHarness(ledger: ledger)
        try await h.start()
        h.terminal.press(.character("2"), .character("g"))
        #expect(h.runtime.state.attempts.selected?.ip == "192.0.2.99")
        h.terminal.press(.character("x"), .enter)
        await h.runtime.settle()
        #expect(h.runtime.state.flash?.kind == .error)
        #expect(h.screen.contains("was not saved"))
        #expect(h.runtime.state.attempts.triage.dismissals["192.0.2.99"] != nil)
        #expect(!Self.listed(h).contains("192.0.2.99"))
    }
}
