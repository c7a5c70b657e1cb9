import AccessCore
import Foundation
import Testing

@testable import TerminalUI

/// Text snapshots of the list with notes and expiries, and of the journal view, at both sizes.
@Suite struct JournalSnapshotTests {
    static let annotations: [String: Annotation] = [
        "192.0.2.7/32": Annotation(
            note: "contractor laptop\u{1B}[2J", expires: JournalNotesTests.date(Fixtures.now - 7200), by: "ops@bastion"),
        "10.0.0.0/8": Annotation(note: "lab", expires: JournalNotesTests.date(Fixtures.now + 3 * 3600)),
        "203.0.113.0/24": Annotation(note: "Dublin office"),
    ]

    static var records: [JournalRecord] {
        let removed = JournalNotesTests.removal(
            "3f9a1c2b", of: JournalRule(id: 40, ip: "192.0.2.50/32", note: "build agent"), at: Fixtures.now - 3600)
        let intent = JournalIntent(
            id: "aa11bb22", time: JournalNotesTests.date(Fixtures.now - 60), account: JournalNotesTests.account,
            actor: JournalNotesTests.actor, hostAddresses: [], kind: .add,
            adds: [JournalRule(ip: "198.51.100.0/24", note: "Lisbon")], removes: [], verdict: "safe", requests: [])
        return [removed, JournalRecord(intent: intent)]
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func theListShowsNotesAndExpiries(_ size: (Int, Int)) throws {
        let state = JournalNotesTests.state(annotations: Self.annotations, width: size.0, height: size.1)
        try SnapshotTests.check(render(state, width: size.0, height: size.1), named: "notes-\(size.0)x\(size.1)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func theJournalView(_ size: (Int, Int)) throws {
        var state = JournalNotesTests.state(records: Self.records, width: size.0, height: size.1)
        _ = press(&state, .character("J"))
        _ = reduce(&state, .ledgerLoaded(LedgerSnapshot(records: Self.records), reconciled: []))
        try SnapshotTests.check(render(state, width: size.0, height: size.1), named: "journal-\(size.0)x\(size.1)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func anAddConfirmationWithItsNoteBeingTyped(_ size: (Int, Int)) throws {
        var state = JournalNotesTests.state(width: size.0, height: size.1)
        _ = press(&state, .character("2"))
        select(&state, ip: "198.51.100.23")
        _ = press(&state, .character("A"), .character("N"))
        _ = type(&state, "Lisbon office")
        try SnapshotTests.check(render(state, width: size.0, height: size.1), named: "note-confirm-\(size.0)x\(size.1)")
    }
}
