import AccessCore
import Foundation
import Synchronization
import Testing

@testable import AccessLedger

@Suite struct ChangeRecorderTests {
    static func recorder(
        _ store: any LedgerStore, ids: [String] = ["00000001", "00000002", "00000003"]
    ) -> ChangeRecorder {
        let queue = IDQueue(ids)
        return ChangeRecorder(
            store: store, actor: LedgerFixtures.actor, clock: { LedgerFixtures.t0 }, makeID: { queue.next() })
    }

    @Test func aRemovalIsJournalledWithItsNotesAndTheNoteLeavesTheStore() throws {
        let store = MemoryLedger(account: LedgerFixtures.account)
        try store.updateAnnotations { $0["198.51.100.7/32"] = Annotation(note: "build agent") }
        let recorder = Self.recorder(store)
        let intent = try recorder.begin(
            .init(
                kind: .remove,
                removes: [
                    JournalRule(id: 12, ip: "198.51.100.7/32", annotation: try store.annotations()["198.51.100.7/32"])
                ],
                verdict: "ok", requests: ["DELETE /v3/access_settings/whitelist/12"], hostAddresses: ["203.0.113.10"]))
        #expect(try store.journal().pending.map(\.id) == ["00000001"])
        #expect(recorder.finish(intent, status: .succeeded, answer: "204 No Content", removedIDs: [12]) == nil)
        let record = try #require(try store.journal().records.first)
        #expect(record.outcome?.status == .succeeded)
        #expect(record.intent.removes.first?.note == "build agent")
        #expect(try store.annotations().isEmpty)
    }

    @Test func anAddWithANoteSetsTheAnnotationUnderTheNormalisedRange() throws {
        let store = MemoryLedger(account: LedgerFixtures.account)
        let recorder = Self.recorder(store)
        let expires = LedgerFixtures.t0.addingTimeInterval(3600)
        let intent = try recorder.begin(
            .init(
                kind: .add, adds: [JournalRule(ip: "198.51.100.7/32", note: "contractor", expires: expires)],
                verdict: "ok", requests: [], hostAddresses: []))
        recorder.finish(intent, status: .succeeded, answer: "201", added: [JournalRule(id: 30, ip: "198.51.100.7/32")])
        let annotation = try #require(try store.annotations()["198.51.100.7/32"])
        #expect(annotation.note == "contractor")
        #expect(annotation.expires == expires)
        #expect(annotation.by == "ops@bastion")
    }

    @Test func aJournalThatCannotBeWrittenStopsTheChange() {
        let store = MemoryLedger(account: LedgerFixtures.account)
        store.failNextAppend(
            with: LedgerError(path: "/x/journal.jsonl", operation: "write", reason: "No space left on device"))
        #expect(throws: LedgerError.self) {
            _ = try Self.recorder(store).begin(.init(kind: .add, verdict: "", requests: [], hostAddresses: []))
        }
    }

    @Test func reconcileSettlesPendingEntriesOnceFromTheLiveList() throws {
        let store = MemoryLedger(account: LedgerFixtures.account)
        let recorder = Self.recorder(store)
        _ = try recorder.begin(
            .init(
                kind: .remove, removes: [JournalRule(id: 12, ip: "198.51.100.7/32")], verdict: "", requests: [],
                hostAddresses: []))
        let written = try recorder.reconcile(live: [AllowRule(id: 16, ip: "203.0.113.0/24", createdAt: 0, updatedAt: 0)]
        )
        #expect(written.map(\.status) == [.succeeded])
        #expect(written.first?.reconciled == true)
        #expect(try recorder.reconcile(live: []).isEmpty)
        #expect(try store.journal().pending.isEmpty)
    }
}

/// Hands out the given ids in order (then repeats the last).
final class IDQueue: Sendable {
    private let ids: Mutex<[String]>
    init(_ ids: [String]) { self.ids = Mutex(ids) }
    func next() -> String { ids.withLock { $0.count > 1 ? $0.removeFirst() : $0[0] } }
}
