import AccessCore
import Foundation
import Testing

@Suite struct LedgerPlanningTests {
    static let account = LedgerAccount(profile: nil, onBehalfOf: nil, endpoint: "global")
    static let actor = JournalActor(user: "ops", host: "bastion", sshClient: nil, program: "app")
    static let t0 = Date(timeIntervalSince1970: 1_796_000_000)

    static func rule(_ id: Int, _ ip: String) -> AllowRule { AllowRule(id: id, ip: ip, createdAt: 0, updatedAt: 0) }

    static func intent(
        _ id: String, kind: JournalKind, adds: [JournalRule] = [], removes: [JournalRule] = [], undoes: String? = nil
    ) -> JournalIntent {
        JournalIntent(
            id: id, time: t0, account: account, actor: actor, hostAddresses: [], kind: kind, adds: adds,
            removes: removes, verdict: "", undoes: undoes, requests: [])
    }

    // MARK: reconcile

    @Test func aKilledRemovalThatLandedIsReconciledAsSucceeded() {
        let intent = Self.intent("a", kind: .remove, removes: [JournalRule(id: 12, ip: "198.51.100.7/32")])
        let outcome = JournalReconciler.reconcile(intent, live: [Self.rule(16, "203.0.113.0/24")], now: Self.t0)
        #expect(outcome.status == .succeeded)
        #expect(outcome.removedIDs == [12])
        #expect(outcome.reconciled)
        #expect(outcome.answer.contains("Outcome unknown"))
    }

    @Test func aKilledAddHalfOnTheListIsPartial() {
        let intent = Self.intent(
            "a", kind: .add,
            adds: [JournalRule(ip: "198.51.100.7/32", note: "agent"), JournalRule(ip: "192.0.2.0/24")])
        let outcome = JournalReconciler.reconcile(intent, live: [Self.rule(30, "198.51.100.7/32")], now: Self.t0)
        #expect(outcome.status == .partial)
        #expect(outcome.added == [JournalRule(id: 30, ip: "198.51.100.7/32", note: "agent")])
    }

    @Test func aKilledRequestThatNeverLandedIsFailed() {
        let intent = Self.intent("a", kind: .remove, removes: [JournalRule(id: 12, ip: "198.51.100.7/32")])
        let outcome = JournalReconciler.reconcile(intent, live: [Self.rule(12, "198.51.100.7/32")], now: Self.t0)
        #expect(outcome.status == .failed)
        #expect(outcome.removedIDs.isEmpty)
    }

    // MARK: undo

    @Test func undoOfARemovalReaddsExactlyTheRemovedRangesWithTheirNotes() throws {
        let removed = [
            JournalRule(id: 12, ip: "198.51.100.7/32", note: "build agent", expires: Self.t0),
            JournalRule(id: 13, ip: "192.0.2.0/24"),
        ]
        let record = JournalRecord(
            intent: Self.intent("a", kind: .remove, removes: removed),
            outcome: JournalOutcome(entry: "a", time: Self.t0, status: .succeeded, answer: "", removedIDs: [12, 13]))
        let plan = try UndoPlanner.plan(record, records: [record], live: [Self.rule(16, "203.0.113.0/24")]).get()
        #expect(
            plan.readd == [
                JournalRule(ip: "198.51.100.7/32", note: "build agent", expires: Self.t0),
                JournalRule(ip: "192.0.2.0/24"),
            ])
        #expect(plan.remove.isEmpty)
    }

    @Test func undoOfAPartialRemovalReaddsOnlyWhatWentAndSkipsWhatIsBack() throws {
        let removed = [
            JournalRule(id: 12, ip: "198.51.100.7/32"), JournalRule(id: 13, ip: "192.0.2.0/24"),
            JournalRule(id: 14, ip: "192.0.2.9/32"),
        ]
        let record = JournalRecord(
            intent: Self.intent("a", kind: .remove, removes: removed),
            outcome: JournalOutcome(entry: "a", time: Self.t0, status: .partial, answer: "", removedIDs: [12, 14]))
        let live = [Self.rule(13, "192.0.2.0/24"), Self.rule(40, "192.0.2.9/32")]
        let plan = try UndoPlanner.plan(record, records: [record], live: live).get()
        #expect(plan.readd.map(\.ip) == ["198.51.100.7/32"])
        #expect(plan.skipped == ["192.0.2.9/32 is already on the list as #40."])
    }

    @Test func undoOfAnAddRemovesTheIdsSendGridGave() throws {
        let record = JournalRecord(
            intent: Self.intent("a", kind: .add, adds: [JournalRule(ip: "198.51.100.7/32")]),
            outcome: JournalOutcome(
                entry: "a", time: Self.t0, status: .succeeded, answer: "",
                added: [JournalRule(id: 30, ip: "198.51.100.7/32"), JournalRule(id: 31, ip: "192.0.2.1/32")]))
        let live = [Self.rule(30, "198.51.100.7/32"), Self.rule(44, "192.0.2.1/32")]
        let plan = try UndoPlanner.plan(record, records: [record], live: live).get()
        #expect(plan.remove.map(\.id) == [30])
        #expect(plan.skipped == ["192.0.2.1/32 (#31) is no longer on the list."])
    }

    @Test func anEntryIsUndoneOnceAndTheLatestSkipsUndoneAndFailedOnes() {
        let done = JournalOutcome(entry: "a", time: Self.t0, status: .succeeded, answer: "")
        let first = JournalRecord(intent: Self.intent("a", kind: .add), outcome: done)
        var failedOutcome = done
        failedOutcome.entry = "b"
        failedOutcome.status = .failed
        let failed = JournalRecord(intent: Self.intent("b", kind: .add), outcome: failedOutcome)
        var undoOutcome = done
        undoOutcome.entry = "c"
        let second = JournalRecord(intent: Self.intent("c", kind: .remove), outcome: undoOutcome)
        var undoneOutcome = done
        undoneOutcome.entry = "d"
        let undo = JournalRecord(intent: Self.intent("d", kind: .undo, undoes: "c"), outcome: undoneOutcome)
        let records = [first, failed, second, undo]
        #expect(UndoPlanner.latest(in: records)?.id == "a")
        #expect(UndoPlanner.plan(second, records: records, live: []) == .failure(.alreadyUndone("c", by: "d")))
        #expect(UndoPlanner.plan(failed, records: records, live: []) == .failure(.failed("b")))
        let pending = JournalRecord(intent: Self.intent("e", kind: .add))
        #expect(UndoPlanner.plan(pending, records: records + [pending], live: []) == .failure(.pending("e")))
    }

    @Test func entriesAreFoundByAUniquePrefix() {
        let records = ["3f9a0001", "3f9b0002", "77000003"].map { JournalRecord(intent: Self.intent($0, kind: .add)) }
        #expect((try? UndoPlanner.find("77", in: records).get())?.id == "77000003")
        #expect(UndoPlanner.find("3f9", in: records) == .failure(.ambiguous("3f9", matches: ["3f9a0001", "3f9b0002"])))
        #expect(UndoPlanner.find("zz", in: records) == .failure(.unknownEntry("zz")))
    }

    // MARK: account keys, expiry, dismissals

    @Test func accountKeysAreFileSafeAndDistinct() {
        #expect(LedgerAccount(profile: nil, onBehalfOf: nil, endpoint: "global").key == "default")
        #expect(LedgerAccount(profile: "prod", onBehalfOf: "sub1", endpoint: "eu").key == "prod@sub1~eu")
        #expect(
            LedgerAccount(profile: "../x", onBehalfOf: "account-id 7", endpoint: "127.0.0.1:8080").key
                == "..%2Fx@account-id%207~127.0.0.1%3A8080")
        #expect(LedgerAccount(profile: "..", onBehalfOf: nil, endpoint: "global").key == "%2E%2E")
        #expect(
            LedgerAccount(profile: "a b", onBehalfOf: nil, endpoint: "global").key
                != LedgerAccount(profile: "a%20b", onBehalfOf: nil, endpoint: "global").key)
    }

    @Test func expiriesParseDurationsDatesAndInstants() throws {
        let now = Self.t0
        #expect(try ExpirySpec.parse("2h", now: now).get() == now.addingTimeInterval(7200))
        #expect(try ExpirySpec.parse("7d", now: now).get() == now.addingTimeInterval(7 * 86_400))
        #expect(try ExpirySpec.parse("30m", now: now).get() == now.addingTimeInterval(1800))
        let day = try ExpirySpec.parse("2027-12-31", now: now).get()
        #expect(ExpirySpec.format(day) == "2027-12-31")
        let instant = try ExpirySpec.parse("2027-12-31T12:00:00Z", now: now).get()
        #expect(ExpirySpec.format(instant) == "2027-12-31T12:00:00Z")
        #expect(ExpirySpec.parse("2020-01-01", now: now).isFailure)
        #expect(ExpirySpec.parse("soon", now: now).isFailure)
        #expect(ExpirySpec.parse("0h", now: now).isFailure)
        #expect(ExpirySpec.parse("2027-02-30", now: now).isFailure)
    }

    @Test func notesAreOneLineAndExpiryIsInclusive() {
        let annotation = Annotation(note: "  build\nagent\t ", expires: Self.t0)
        #expect(annotation.note == "build agent")
        #expect(annotation.isExpired(at: Self.t0))
        #expect(!annotation.isExpired(at: Self.t0.addingTimeInterval(-1)))
        #expect(Annotation(note: "   ").isEmpty)
    }

    @Test func aDismissalHidesUntilTheAddressTriesAgain() {
        let at = Self.t0
        let dismissal = Dismissal(address: "192.0.2.7", at: at, reason: "scanner")
        let old = AccessAttempt(
            ip: "192.0.2.7", allowed: false, authMethod: "basic", location: "", firstAt: 0,
            lastAt: Int64(at.timeIntervalSince1970) - 60)
        let again = AccessAttempt(
            ip: "192.0.2.7", allowed: false, authMethod: "basic", location: "", firstAt: 0,
            lastAt: Int64(at.timeIntervalSince1970) + 60)
        let other = AccessAttempt(
            ip: "192.0.2.8", allowed: false, authMethod: "basic", location: "", firstAt: 0, lastAt: 0)
        #expect(dismissal.hides(old))
        #expect(!dismissal.hides(again))
        #expect(!dismissal.hides(other))
    }
}

extension Result {
    fileprivate var isFailure: Bool { if case .failure = self { true } else { false } }
}
