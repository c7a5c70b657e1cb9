import AccessCore
import AccessLedger
import Foundation
import Testing

@testable import SGAccessCLI

/// The CLI's journal: allow and remove write an intent before the request and an outcome after it; a journal that
/// cannot be written refuses the change; the next command reconciles an entry left without an outcome.
@Suite struct JournalCommandTests {
    static let account = LedgerAccount(profile: nil, onBehalfOf: nil, endpoint: "global")
    let me = ["--my-ip", "203.0.113.10"]

    func service() -> FakeService { FakeService(ranges: ["203.0.113.0/24", "198.51.100.0/24"]) }

    @Test func allowJournalsIntentThenOutcomeWithTheNote() async throws {
        let ledger = MemoryLedger(account: Self.account)
        let service = service()
        let result = await run(
            ["allow", "192.0.2.7", "--note", "build agent", "--expires", "7d"] + me, service: service, ledger: ledger)
        #expect(result.status == 0, "\(result.err)")
        let lines = ledger.lines
        #expect(lines.count == 2)
        guard case .intent(let intent) = lines.first, case .outcome(let outcome) = lines.last else {
            Issue.record("expected an intent then an outcome: \(lines)")
            return
        }
        #expect(intent.kind == .add)
        #expect(intent.adds == [JournalRule(ip: "192.0.2.7/32", note: "build agent", expires: expiry(days: 7))])
        #expect(intent.hostAddresses == ["203.0.113.10"])
        #expect(intent.requests == [#"POST /v3/access_settings/whitelist {"ips":[{"ip":"192.0.2.7/32"}]}"#])
        #expect(intent.actor.program == "cli allow")
        #expect(outcome.entry == intent.id && outcome.status == .succeeded)
        #expect(outcome.added.map(\.id) == [3])
        let annotation = try #require(try ledger.annotations()["192.0.2.7/32"])
        #expect(annotation.note == "build agent" && annotation.expires == expiry(days: 7))
    }

    @Test func withoutUSERTheOperatorIsTheLoginName() async throws {
        let ledger = MemoryLedger(account: Self.account)
        let result = await run(
            ["allow", "192.0.2.7"] + me, service: service(), variables: ["SENDGRID_API_KEY": testKey],
            ledger: ledger, userName: "deploy")
        #expect(result.status == 0, "\(result.err)")
        guard case .intent(let intent)? = ledger.lines.first else { Issue.record("no intent"); return }
        #expect(intent.actor.user == "deploy", "USER and LOGNAME unset: the password database's name")
    }

    @Test func removeJournalsTheRemovedRulesWithTheirNotes() async throws {
        let ledger = MemoryLedger(account: Self.account)
        try ledger.updateAnnotations { $0["198.51.100.0/24"] = Annotation(note: "partner VPN") }
        let service = service()
        let result = await run(["remove", "2", "--yes", "--allow-lockout"] + me, service: service, ledger: ledger)
        #expect(result.status == 0, "\(result.err)")
        let record = try #require(try ledger.journal().records.last)
        #expect(record.intent.kind == .remove)
        #expect(record.intent.removes == [JournalRule(id: 2, ip: "198.51.100.0/24", note: "partner VPN")])
        #expect(record.intent.overrides == ["--allow-lockout"])
        #expect(record.intent.requests == [#"DELETE /v3/access_settings/whitelist {"ids":[2]}"#])
        #expect(!record.intent.verdict.isEmpty)
        #expect(record.outcome?.status == .succeeded && record.outcome?.removedIDs == [2])
        #expect(try ledger.annotations()["198.51.100.0/24"] == nil, "the note lives on in the journal only")
    }

    @Test func aJournalThatCannotBeWrittenSendsNothing() async {
        let ledger = MemoryLedger(account: Self.account)
        ledger.failNextAppend(
            with: LedgerError(path: "/state/journal.jsonl", operation: "write", reason: "No space left on device"))
        let service = service()
        let result = await run(["remove", "2", "--yes"] + me, service: service, ledger: ledger)
        #expect(result.status == 3)
        #expect(result.err.contains("No space left on device"))
        #expect(result.err.contains("Nothing was sent."))
        #expect(await service.mutatingCalls.isEmpty)
        #expect(ledger.lines.isEmpty)
    }

    @Test func aFailedRequestIsJournalledAsFailed() async throws {
        let ledger = MemoryLedger(account: Self.account)
        let service = service()
        await service.fail("add", with: .server(status: 503, messages: ["unavailable"]))
        let result = await run(["allow", "192.0.2.7"] + me, service: service, ledger: ledger)
        #expect(result.status == 4)
        let record = try #require(try ledger.journal().records.last)
        #expect(record.outcome?.status == .failed)
        #expect(record.outcome?.answer.contains("SendGrid answered") == true)
    }

    @Test func anAllowReconcilesAnEarlierEntryBeforeItChangesAnything() async throws {
        let ledger = MemoryLedger(account: Self.account)
        try pendingRemoval(of: 2, in: ledger)
        // #2 is still on the list: the earlier removal did not land.
        let service = service()
        let result = await run(["allow", "192.0.2.7"] + me, service: service, ledger: ledger)
        #expect(result.status == 0)
        #expect(
            result.err.contains(
                "1 change from an earlier run had no recorded outcome (entry 3f9a01bc: it did not land)"))
        #expect(try ledger.journal().pending.isEmpty)
        let journal = await run(["journal"], service: service, ledger: ledger)
        #expect(journal.status == 0)
        #expect(!journal.err.contains("earlier run"), "reconciled once")
        let rows = journal.out.split(separator: "\n").map(String.init)
        #expect(rows.first?.hasPrefix("TIME") == true)
        #expect(rows[1].contains("3f9a01bc  ops@bastion  remove  -#2 198.51.100.0/24"))
        #expect(rows[1].hasSuffix("failed (read off the list later)"))
        #expect(rows[2].contains(" add ") && rows[2].contains("+192.0.2.7/32") && rows[2].hasSuffix("succeeded"))
    }

    func pendingRemoval(of id: Int, in ledger: MemoryLedger) throws {
        let recorder = ChangeRecorder(
            store: ledger, actor: JournalActor(user: "ops", host: "bastion", sshClient: nil, program: "cli remove"),
            clock: { Date(timeIntervalSince1970: 1_700_000_000) }, makeID: { "3f9a01bc" })
        _ = try recorder.begin(
            .init(
                kind: .remove, removes: [JournalRule(id: id, ip: "198.51.100.0/24")], verdict: "safe", requests: [],
                hostAddresses: []))
    }

    @Test func reconcileSaysWhatItFound() async throws {
        let ledger = MemoryLedger(account: Self.account)
        try pendingRemoval(of: 2, in: ledger)
        let result = await run(["journal", "--json"], service: FakeService(ranges: ["203.0.113.0/24"]), ledger: ledger)
        #expect(
            result.err.contains(
                "1 change from an earlier run had no recorded outcome (entry 3f9a01bc: it landed); read off the list"))
        let entries = try #require(try result.json()["entries"] as? [[String: Any]])
        let outcome = try #require(entries.first?["outcome"] as? [String: Any])
        #expect(outcome["status"] as? String == "succeeded")
        #expect(outcome["reconciled"] as? Bool == true)
        #expect(outcome["removed_ids"] as? [Int] == [2])
        let removes = try #require(entries.first?["removes"] as? [[String: Any]])
        #expect(removes.first?["ip"] as? String == "198.51.100.0/24")
    }

    @Test func journalListsNewestLastWithLimitAndSince() async throws {
        let ledger = MemoryLedger(account: Self.account)
        let service = service()
        _ = await run(["allow", "192.0.2.7"] + me, service: service, ledger: ledger)
        _ = await run(["allow", "192.0.2.8"] + me, service: service, ledger: ledger)
        let all = await run(["journal"], service: service, ledger: ledger)
        let rows = all.out.split(separator: "\n").filter { $0.contains("+192.0.2.") }
        #expect(rows.count == 2)
        #expect(rows.last?.contains("+192.0.2.8/32") == true)
        let limited = await run(["journal", "--limit", "1", "--json"], service: service, ledger: ledger)
        #expect(try limited.json()["count"] as? Int == 1)
        let future = await run(["journal", "--since", "2030-01-01"], service: service, ledger: ledger)
        #expect(future.out.contains("no entries in that time"))
        let bad = await run(["journal", "--since", "yesterday"], service: service, ledger: ledger)
        #expect(bad.status == 2)
    }

    func expiry(days: Int) -> Date { Date(timeIntervalSince1970: TimeInterval(testNow + Int64(days) * 86_400)) }
}
