import AccessCore
import AccessLedger
import Foundation
import Testing

@testable import SGAccessCLI

/// `undo` across restarts (a second run with the same ledger) and `expire --as-of`, both through the guard.
@Suite struct UndoExpireTests {
    let me = ["--my-ip", "203.0.113.10"]

    func ledger() -> MemoryLedger {
        MemoryLedger(account: LedgerAccount(profile: nil, onBehalfOf: nil, endpoint: "global"))
    }

    func service() -> FakeService { FakeService(ranges: ["203.0.113.0/24", "198.51.100.0/24", "192.0.2.0/28"]) }

    func at(_ seconds: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }

    @Test func undoOfARemovalReaddsExactlyTheRemovedRangesWithTheirNotes() async throws {
        let ledger = ledger()
        let expires = at(testNow + 86_400)
        try ledger.updateAnnotations {
            $0["198.51.100.0/24"] = Annotation(note: "partner VPN", expires: expires)
            $0["192.0.2.0/28"] = Annotation(note: "lab")
        }
        let service = service()
        let removed = await run(["remove", "2", "3", "--yes"] + me, service: service, ledger: ledger)
        #expect(removed.status == 0, "\(removed.err)")
        #expect(try ledger.annotations().keys.sorted() == [])
        let removal = try #require(try ledger.journal().records.last)
        // A restart: a new command run with the same ledger.
        let undone = await run(["undo", "--yes"] + me, service: service, ledger: ledger)
        #expect(undone.status == 0, "\(undone.err)")
        #expect(await service.mutatingCalls == ["remove 2,3", "add 198.51.100.0/24,192.0.2.0/28"])
        #expect(
            await service.rules.compactMap(\.range?.description).sorted() == [
                "192.0.2.0/28", "198.51.100.0/24", "203.0.113.0/24",
            ])
        let annotations = try ledger.annotations()
        #expect(annotations["198.51.100.0/24"]?.note == "partner VPN")
        #expect(annotations["198.51.100.0/24"]?.expires == expires)
        #expect(annotations["192.0.2.0/28"]?.note == "lab")
        let undo = try #require(try ledger.journal().records.last)
        #expect(undo.intent.kind == .undo && undo.intent.undoes == removal.id)
        #expect(undo.outcome?.status == .succeeded)
        #expect(undone.out.contains("Undid entry \(removal.id):"))
        // Once undone, the default undo finds nothing left, and the entry named refuses a second undo.
        let again = await run(["undo", removal.id, "--yes"] + me, service: service, ledger: ledger)
        #expect(again.status == 1)
        #expect(again.err.contains("was already undone by entry \(undo.id)"))
    }

    @Test func undoOfAnAddRemovesTheAddedRule() async throws {
        let ledger = ledger()
        let service = service()
        _ = await run(["allow", "192.0.2.77"] + me, service: service, ledger: ledger)
        let dry = await run(["undo", "--dry-run"] + me, service: service, ledger: ledger)
        #expect(dry.status == 0)
        #expect(dry.out.contains("remove #4 192.0.2.77/32"))
        #expect(await service.mutatingCalls == ["add 192.0.2.77/32"], "a dry run sends nothing")
        let noTTY = await run(["undo"] + me, service: service, ledger: ledger)
        #expect(noTTY.status == 2)
        #expect(noTTY.err.contains("Re-run with --yes."))
        let undone = await run(["undo", "--yes"] + me, service: service, ledger: ledger)
        #expect(undone.status == 0, "\(undone.err)")
        #expect(await service.mutatingCalls == ["add 192.0.2.77/32", "remove 4"])
    }

    @Test func undoGoesThroughTheGuard() async throws {
        let ledger = ledger()
        let service = FakeService(ranges: ["198.51.100.0/24"])
        // Adding this host's range and undoing it would lock this host out.
        _ = await run(["allow", "203.0.113.0/24"] + me, service: service, ledger: ledger)
        let undone = await run(["undo", "--yes"] + me, service: service, ledger: ledger)
        #expect(undone.status == 3)
        #expect(undone.err.contains("203.0.113.10"))
        #expect(await service.mutatingCalls == ["add 203.0.113.0/24"])
    }

    @Test func undoOfAnUnknownEntryIsAUsageError() async {
        let result = await run(["undo", "deadbeef", "--yes"] + me, service: service(), ledger: ledger())
        #expect(result.status == 2)
        #expect(result.err.contains("No journal entry deadbeef"))
    }

    @Test func aRuleThatExpiresInAnHourGoesTwoHoursAheadNotHalfAnHourAhead() async throws {
        let ledger = ledger()
        let service = service()
        let added = await run(
            ["allow", "192.0.2.77", "--expires", "1h", "--note", "contractor"] + me, service: service, ledger: ledger)
        #expect(added.status == 0, "\(added.err)")
        #expect(added.out.contains("contractor · expires in 1h"), "the add's table shows the note it kept")
        let list = await run(["list"] + me, service: service, ledger: ledger)
        #expect(list.out.contains("NOTE") && list.out.contains("in 1h"))
        let early = await run(
            ["expire", "--as-of", "2023-11-14T22:53:20Z", "--yes"] + me, service: service, ledger: ledger)
        #expect(early.status == 1)
        #expect(early.err.contains("Nothing has expired as of 2023-11-14T22:53:20Z."))
        #expect(await service.mutatingCalls == ["add 192.0.2.77/32"])
        let late = await run(
            ["expire", "--as-of", "2023-11-15T00:23:20Z", "--yes"] + me, service: service, ledger: ledger)
        #expect(late.status == 0, "\(late.err)")
        #expect(await service.mutatingCalls == ["add 192.0.2.77/32", "remove 4"])
        let entry = try #require(try ledger.journal().records.last)
        #expect(entry.intent.kind == .expire && entry.intent.actor.program == "cli expire")
        #expect(entry.intent.removes.first?.expires == at(testNow + 3600), "the expiry is kept in the journal")
    }

    @Test func anExpiredRuleCoveringThisHostIsKeptUnlessAllowLockout() async throws {
        let ledger = ledger()
        try ledger.updateAnnotations {
            $0["203.0.113.0/24"] = Annotation(expires: at(testNow - 60))
            $0["192.0.2.0/28"] = Annotation(expires: at(testNow - 60))
        }
        let service = service()
        let kept = await run(["expire", "--yes"] + me, service: service, ledger: ledger)
        #expect(kept.status == 0, "\(kept.err)")
        #expect(
            kept.err.contains("Kept #1 203.0.113.0/24: it has expired, but removing it would lock out 203.0.113.10"))
        #expect(await service.mutatingCalls == ["remove 3"])
        let refused = await run(["expire", "--yes"] + me, service: service, ledger: ledger)
        #expect(refused.status == 3)
        #expect(refused.err.contains("every expired rule covers this host or you"))
        #expect(await service.mutatingCalls == ["remove 3"])
        let forced = await run(["expire", "--yes", "--allow-lockout"] + me, service: service, ledger: ledger)
        #expect(forced.status == 0, "\(forced.err)")
        #expect(await service.mutatingCalls == ["remove 3", "remove 1"])
    }

    @Test func expireNeedsYesWithoutATerminal() async throws {
        let ledger = ledger()
        try ledger.updateAnnotations { $0["192.0.2.0/28"] = Annotation(expires: at(testNow - 60)) }
        let service = service()
        let result = await run(["expire"] + me, service: service, ledger: ledger)
        #expect(result.status == 2)
        #expect(result.err.contains("Re-run with --yes."))
        let dry = await run(["expire", "--dry-run", "--json"] + me, service: service, ledger: ledger)
        #expect(dry.status == 0)
        let removed = try #require(try dry.json()["removed"] as? [[String: Any]])
        #expect(removed.map { $0["id"] as? Int } == [3])
        #expect(await service.mutatingCalls.isEmpty)
    }

    @Test func listJSONCarriesNotesAndExpiries() async throws {
        let ledger = ledger()
        try ledger.updateAnnotations {
            $0["198.51.100.0/24"] = Annotation(note: "partner\u{1B}[31m VPN", expires: at(testNow + 7200))
        }
        let result = await run(["list", "--json"] + me, service: service(), ledger: ledger)
        let rules = try #require(try result.json()["rules"] as? [[String: Any]])
        #expect(rules[1]["note"] as? String == "partner\u{1B}[31m VPN")
        #expect(rules[1]["expires"] as? Int == Int(testNow + 7200))
        #expect(rules[0]["note"] is NSNull && rules[0]["expires"] is NSNull)
        let human = await run(["list"] + me, service: service(), ledger: ledger)
        #expect(human.out.contains("in 2h"))
        #expect(!human.out.contains("\u{1B}"), "notes are sanitised")
    }

    @Test func allowNoteOnARuleAlreadyThereUpdatesItsAnnotation() async throws {
        let ledger = ledger()
        let service = service()
        let result = await run(
            ["allow", "198.51.100.0/24", "--note", "partner VPN"] + me, service: service, ledger: ledger)
        #expect(result.status == 0)
        #expect(result.err.contains("Set the note \"partner VPN\" of 198.51.100.0/24, already on the list."))
        #expect(try ledger.annotations()["198.51.100.0/24"]?.note == "partner VPN")
        #expect(await service.mutatingCalls.isEmpty)
    }

    @Test func activityDismissedListsTheDismissals() async throws {
        let ledger = ledger()
        try ledger.updateDismissals {
            $0["198.51.100.9"] = Dismissal(
                address: "198.51.100.9", at: at(testNow - 60), reason: "scanner", by: "ops@bastion")
        }
        let result = await run(["activity", "--dismissed"], service: service(), ledger: ledger)
        #expect(result.status == 0)
        #expect(
            result.out.contains("198.51.100.9") && result.out.contains("scanner") && result.out.contains("ops@bastion"))
        let json = await run(["activity", "--dismissed", "--json"], service: service(), ledger: ledger)
        let rows = try #require(try json.json()["dismissals"] as? [[String: Any]])
        #expect(rows.first?["reason"] as? String == "scanner")
        #expect(rows.first?["at"] as? Int == Int(testNow - 60))
    }
}
