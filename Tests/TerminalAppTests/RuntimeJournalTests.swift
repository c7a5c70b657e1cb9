import AccessCore
import AccessLedger
import Foundation
import TerminalKit
import TerminalUI
import Testing

@testable import TerminalApp

/// The app's changes in the write-ahead journal, in process: intent before the request, outcome after it;
/// nothing sent when the journal cannot be written; `u` from the journal after a restart; reconcile at start.
@MainActor @Suite struct RuntimeJournalTests {
    static let account = LedgerAccount(RuntimeHarness.target)

    @Test func aRemovalJournalsItsIntentThenItsOutcome() async throws {
        let ledger = MemoryLedger(account: Self.account)
        try ledger.updateAnnotations { $0["198.51.100.7/32"] = Annotation(note: "build agent") }
        let h = RuntimeHarness(ledger: ledger)
        try await h.start()
        await h.press(.character("1"), .character("G"), .character("d"), .character("y"))
        await h.runtime.settle()
        let lines = ledger.lines
        #expect(lines.count == 2)
        guard case .intent(let intent) = lines.first, case .outcome(let outcome) = lines.last else {
            Issue.record("intent then outcome expected, got \(lines)")
            return
        }
        #expect(intent.kind == .remove)
        #expect(intent.removes == [JournalRule(id: 2, ip: "198.51.100.7/32", note: "build agent")])
        #expect(intent.requests == ["DELETE /v3/access_settings/whitelist/2"])
        #expect(intent.hostAddresses == ["203.0.113.10"])
        #expect(intent.actor.signature == "ops@bastion")
        #expect(!intent.verdict.isEmpty)
        #expect(outcome.entry == intent.id && outcome.status == .succeeded && outcome.removedIDs == [2])
        #expect(h.screen.contains("Removed 198.51.100.7/32 (#2); journal \(intent.id), u undoes."))
        #expect(try ledger.annotations()["198.51.100.7/32"] == nil, "the journal keeps the note now")
    }

    @Test func aFullDiskSendsNothingAndSaysSo() async throws {
        let ledger = MemoryLedger(account: Self.account)
        let h = RuntimeHarness(ledger: ledger)
        try await h.start()
        ledger.failNextAppend(
            with: LedgerError(
                path: "/state/sgaccess/journal.jsonl", operation: "write", reason: "No space left on device"))
        await h.press(.character("1"), .character("G"), .character("d"), .character("y"))
        await h.runtime.settle()
        #expect(await h.calls().filter { $0.hasPrefix("remove") }.isEmpty, "nothing unjournalled is sent")
        #expect(await h.service.rules.map(\.id) == [1, 2])
        #expect(ledger.lines.isEmpty)
        let flash = h.runtime.state.flash?.text ?? ""
        #expect(flash.hasPrefix("Could not write the journal before changing 198.51.100.7/32 (#2); nothing was sent."))
        #expect(flash.contains("/state/sgaccess/journal.jsonl: No space left on device"))
        #expect(h.screen.contains("Could not write the journal"))
    }

    @Test func undoAfterARestartReaddsExactlyTheRemovedRangesWithTheirNotes() async throws {
        let ledger = MemoryLedger(account: Self.account)
        try ledger.updateAnnotations { $0["198.51.100.7/32"] = Annotation(note: "build agent") }
        let first = RuntimeHarness(ledger: ledger)
        try await first.start()
        await first.press(.character("1"), .character("G"), .character("d"), .character("y"))
        await first.runtime.settle()
        await first.press(.character("q"))
        #expect(await first.service.rules.map(\.id) == [1])

        let second = RuntimeHarness(ledger: ledger, service: first.service)  // a restart: same ledger, same list
        try await second.start()
        await second.press(.character("u"))
        #expect(second.screen.contains("Undo journal entry"))
        #expect(second.screen.contains("Re-add 198.51.100.7/32 “build agent”?"))
        await second.press(.character("y"))
        await second.runtime.settle()
        let ips = await second.service.rules.map(\.ip)
        #expect(ips == ["203.0.113.0/24", "198.51.100.7/32"])
        #expect(try ledger.annotations()["198.51.100.7/32"]?.note == "build agent", "the note follows the range")
        let records = try ledger.journal().records
        #expect(records.count == 2 && records[1].intent.kind == .undo)
        #expect(records[1].intent.undoes == records[0].id && records[1].outcome?.status == .succeeded)
        #expect(second.screen.contains("Undid entry \(records[0].id): restored 198.51.100.7/32"))
    }

    @Test func aPendingEntryIsReconciledAtStart() async throws {
        let ledger = MemoryLedger(account: Self.account)
        let intent = JournalIntent(
            id: "3f9a1c2b", time: Date(timeIntervalSince1970: TimeInterval(RuntimeHarness.start - 60)),
            account: Self.account, actor: JournalActor(user: "ops", host: "bastion", sshClient: nil, program: "app"),
            hostAddresses: ["203.0.113.10"], kind: .add, adds: [JournalRule(ip: "198.51.100.7/32", note: "ci")],
            removes: [], verdict: "safe", requests: ["POST /v3/access_settings/whitelist"])
        try ledger.append(.intent(intent))
        let h = RuntimeHarness(ledger: ledger)
        try await h.start()
        #expect(
            h.screen.contains("1 change from an earlier run had no recorded outcome; read off the list: it landed."))
        let record = try ledger.journal().records[0]
        #expect(record.outcome?.reconciled == true && record.outcome?.status == .succeeded)
        #expect(record.outcome?.added.first?.id == 2)
    }
}

extension RuntimeJournalTests {
    @Test func aLostAnswerLeavesTheEntryOpenUntilTheRereadSettlesIt() async throws {
        let ledger = MemoryLedger(account: Self.account)
        let h = RuntimeHarness(ledger: ledger)
        try await h.start()
        await h.service.fail("add", with: .server(status: 503, messages: []))
        await h.press(.character("2"), .character("g"), .character("a"))
        await h.runtime.settle()
        #expect(h.screen.contains("Could not allow 192.0.2.99/32"), "the error stays on screen")
        let record = try ledger.journal().records[0]
        #expect(record.outcome?.reconciled == true && record.outcome?.status == .failed, "read off the re-read list")
    }
}
