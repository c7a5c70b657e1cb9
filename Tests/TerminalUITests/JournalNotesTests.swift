import AccessCore
import Foundation
import Testing

@testable import TerminalUI

/// The app's side of the journal and of notes and expiry, in the reducer: the note in an add's confirmation
/// (Enter never confirms), the add dialog's note and expiry, `u` planned from the journal, expired rules.
@Suite struct JournalNotesTests {
    static let actor = JournalActor(user: "ops", host: "bastion", sshClient: nil, program: "app")
    static let account = LedgerAccount(Fixtures.target)

    static func date(_ unix: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(unix)) }

    /// A state with the fixture list, and the ledger holding `records` and `annotations`.
    static func state(
        records: [JournalRecord] = [], annotations: [String: Annotation] = [:], width: Int = 80, height: Int = 24
    ) -> AppState {
        var state = Fixtures.loaded(width: width, height: height)
        _ = reduce(&state, .ledgerLoaded(LedgerSnapshot(records: records, annotations: annotations), reconciled: []))
        return state
    }

    static func removal(_ id: String, of rule: JournalRule, at time: Int64) -> JournalRecord {
        let intent = JournalIntent(
            id: id, time: date(time), account: account, actor: actor, hostAddresses: ["203.0.113.10"],
            kind: .remove, adds: [], removes: [rule], verdict: "safe", requests: ["DELETE …"])
        return JournalRecord(
            intent: intent,
            outcome: JournalOutcome(
                entry: id, time: date(time), status: .succeeded, answer: "ok", removedIDs: rule.id.map { [$0] } ?? []))
    }

    // MARK: note in the confirmation

    @Test func slash24ConfirmsWithYAndNoNote() {
        var state = Self.state()
        _ = press(&state, .character("2"))
        select(&state, ip: "198.51.100.23")
        _ = press(&state, .character("A"))
        guard case .confirm(let dialog) = state.overlay else { Issue.record("A always asks"); return }
        #expect(dialog.note == NoteField())
        let effects = press(&state, .character("y"))
        #expect(effects.adds.map(\.0) == [["198.51.100.0/24"]])
        #expect(state.journalDraft(for: effects.adds[0].1).adds == [JournalRule(ip: "198.51.100.0/24")])
    }

    @Test func enterNeverConfirmsNotInTheDialogNorInTheNote() {
        var state = Self.state()
        _ = press(&state, .character("2"))
        select(&state, ip: "198.51.100.23")
        _ = press(&state, .character("A"), .character("N"))
        _ = type(&state, "office")
        var effects = press(&state, .enter)
        #expect(effects.adds.isEmpty, "Enter ends the note, it does not confirm")
        guard case .confirm(let dialog) = state.overlay else { Issue.record("the dialog stays"); return }
        #expect(dialog.note == NoteField(text: "office", editing: false))
        effects = press(&state, .enter)
        #expect(effects.adds.isEmpty && state.overlay == nil, "Enter in the dialog cancels, as always")
    }

    @Test func aTypedNoteGoesIntoTheJournalDraft() {
        var state = Self.state()
        _ = press(&state, .character("2"))
        select(&state, ip: "198.51.100.23")
        _ = press(&state, .character("A"), .character("N"))
        _ = type(&state, "Lisbon office")
        let effects = press(&state, .enter, .character("y"))
        #expect(effects.adds.map(\.0) == [["198.51.100.0/24"]])
        let draft = state.journalDraft(for: effects.adds[0].1)
        #expect(draft.kind == .add && draft.adds == [JournalRule(ip: "198.51.100.0/24", note: "Lisbon office")])
        #expect(draft.requests == [#"POST /v3/access_settings/whitelist {"ips":[{"ip":"198.51.100.0/24"}]}"#])
        #expect(draft.hostAddresses == ["203.0.113.10"])
        #expect(draft.overrides.isEmpty, "a plain y overrides nothing")
    }

    @Test func escInTheNoteDropsItAndKeepsTheDialog() {
        var state = Self.state()
        _ = press(&state, .character("2"))
        select(&state, ip: "198.51.100.23")
        _ = press(&state, .character("A"), .character("N"))
        _ = type(&state, "oops")
        _ = press(&state, .escape)
        guard case .confirm(let dialog) = state.overlay else { Issue.record("the dialog stays"); return }
        #expect(dialog.note == NoteField())
    }

    // MARK: N, the note prompt

    @Test func afterAOneKeyAllowNAddsANoteAndEnterWithNothingTypedSkips() {
        var state = Self.state()
        _ = press(&state, .character("2"))
        select(&state, ip: "198.51.100.23")
        let effects = press(&state, .character("a"))
        let allow = effects.adds[0].1
        #expect(allow == .allowAttempt(CIDR("198.51.100.23/32")!), "a stays one key")
        let added = AllowRule(id: 77, ip: "198.51.100.23/32", createdAt: Fixtures.now, updatedAt: Fixtures.now)
        _ = reduce(&state, .mutationFinished(allow, .added([added]), journal: "3f9a1c2b"))
        #expect(state.flash?.text == "Allowed 198.51.100.23/32 (#77); journal 3f9a1c2b, u undoes; N adds a note.")
        _ = press(&state, .character("N"))
        guard case .note(let prompt) = state.overlay else { Issue.record("N opens the prompt"); return }
        #expect(prompt.range == "198.51.100.23/32")
        #expect(press(&state, .enter).isEmpty && state.overlay == nil, "Enter with nothing typed skips")
        _ = press(&state, .character("N"))
        _ = type(&state, "Lisbon VPN")
        let saved = press(&state, .enter)
        #expect(saved.contains(.annotate(range: "198.51.100.23/32", note: "Lisbon VPN")))
        #expect(!saved.contains { if case .add = $0 { return true } else { return false } }, "nothing sent")
    }

    @Test func nOnARuleEditsItsNote() {
        var state = Self.state(annotations: ["192.0.2.7/32": Annotation(note: "old")])
        _ = press(&state, .character("1"))
        select(&state, ip: "192.0.2.7/32")
        _ = press(&state, .character("N"), .control("u"))
        _ = type(&state, "build agent")
        #expect(press(&state, .enter).contains(.annotate(range: "192.0.2.7/32", note: "build agent")))
    }

    // MARK: the add dialog

    @Test func theAddDialogTakesANoteAndAnExpiry() {
        var state = Self.state()
        _ = press(&state, .character("1"), .character("n"))
        _ = type(&state, "198.51.100.99")
        _ = press(&state, .tab)
        _ = type(&state, "contractor")
        _ = press(&state, .tab)
        _ = type(&state, "2h")
        let effects = press(&state, .enter)
        #expect(effects.adds.map(\.0) == [["198.51.100.99/32"]])
        let draft = state.journalDraft(for: effects.adds[0].1)
        #expect(
            draft.adds == [
                JournalRule(ip: "198.51.100.99/32", note: "contractor", expires: Self.date(Fixtures.now + 7200))
            ])
    }

    @Test func aBadExpiryIsShownAndSendsNothing() {
        var state = Self.state()
        _ = press(&state, .character("1"), .character("n"))
        _ = type(&state, "198.51.100.99")
        _ = press(&state, .tab, .tab)
        _ = type(&state, "soon")
        let effects = press(&state, .enter)
        #expect(effects.adds.isEmpty)
        #expect(state.flash?.text.hasPrefix("'soon' is not an expiry") == true)
        guard case .add(let input) = state.overlay else { Issue.record("the dialog stays open"); return }
        #expect(input.field == .expiry && input.text == "198.51.100.99")
    }

    // MARK: undo from the journal

    @Test func undoPlansTheNewestEntryAgainstTheLiveList() {
        let gone = JournalRule(id: 40, ip: "192.0.2.50/32", note: "build agent")
        var state = Self.state(records: [Self.removal("3f9a1c2b", of: gone, at: Fixtures.now - 3600)])
        _ = press(&state, .character("u"))
        guard case .confirm(let dialog) = state.overlay else { Issue.record("u always asks"); return }
        #expect(dialog.title == "Undo journal entry 3f9a1c2b")
        #expect(
            dialog.lines[0].hasPrefix(
                "Re-add 192.0.2.50/32 “build agent”? Undoes entry 3f9a1c2b (remove by ops@bastion, 1h ago)."))
        let effects = press(&state, .character("y"))
        #expect(effects.adds.map(\.0) == [["192.0.2.50/32"]])
        let draft = state.journalDraft(for: effects.adds[0].1)
        #expect(draft.kind == .undo && draft.undoes == "3f9a1c2b")
        #expect(draft.adds == [JournalRule(ip: "192.0.2.50/32", note: "build agent")])
    }

    @Test func theJournalViewReadsAgainScrollsAndUndoes() {
        let gone = JournalRule(id: 40, ip: "192.0.2.50/32")
        let records = [
            Self.removal("11111111", of: gone, at: Fixtures.now - 7200),
            Self.removal("22222222", of: JournalRule(id: 41, ip: "192.0.2.51/32"), at: Fixtures.now - 60),
        ]
        var state = Self.state(records: records)
        #expect(press(&state, .character("J")) == [.loadLedger])
        _ = reduce(&state, .ledgerLoaded(LedgerSnapshot(records: records), reconciled: []))
        _ = press(&state, .character("j"), .character("j"))
        #expect(state.overlay == .journal(JournalView(scroll: 1)), "stops at the oldest entry")
        _ = press(&state, .character("u"))
        #expect(state.confirm?.title == "Undo journal entry 22222222", "the newest, whatever is scrolled to")
    }

    @Test func undoOfAnAddRemovesWhatItAdded() {
        let intent = JournalIntent(
            id: "aa11bb22", time: Self.date(Fixtures.now - 60), account: Self.account, actor: Self.actor,
            hostAddresses: [], kind: .add, adds: [JournalRule(ip: "192.0.2.7/32")], removes: [], verdict: "safe",
            requests: [])
        let record = JournalRecord(
            intent: intent,
            outcome: JournalOutcome(
                entry: "aa11bb22", time: Self.date(Fixtures.now - 60), status: .succeeded, answer: "ok",
                added: [JournalRule(id: 21, ip: "192.0.2.7/32")]))
        var state = Self.state(records: [record])
        _ = press(&state, .character("u"))
        let effects = press(&state, .character("y"))
        #expect(effects.removes.map(\.0) == [[21]])
    }

    @Test func undoWithAnEmptyJournalSaysSo() {
        var state = Self.state()
        _ = press(&state, .character("u"))
        #expect(state.overlay == nil)
        #expect(state.flash?.text == "Nothing to undo: The journal of this account has no change left to undo.")
    }

    @Test func undoWaitsForTheJournalToBeReadAfterAChange() {
        var state = Self.state()
        let mutation = Mutation.remove([RuleRef(id: 21, ip: "192.0.2.7/32")])
        let effects = reduce(&state, .mutationFinished(mutation, .removed(ids: [21]), journal: "3f9a1c2b"))
        #expect(effects.contains(.loadLedger))
        #expect(state.flash?.text == "Removed 192.0.2.7/32 (#21); journal 3f9a1c2b, u undoes.")
        _ = press(&state, .character("u"))
        #expect(state.overlay == nil && state.flash?.text.hasPrefix("The journal is still being read") == true)
    }

    @Test func undoWithoutAReadableListSaysWhyNotThatTheJournalIsStillBeingRead() {
        // A key that cannot read the list: the journal is read after the first list read, which never comes.
        var state = AppState(
            config: Fixtures.config(readOnly: false, mine: [Fixtures.me], pollInterval: 5), now: Fixtures.now,
            width: 120, height: 40)
        let failure = FailureInfo(
            message: "SendGrid refused access (403).", isTransient: false)
        _ = reduce(&state, .pollFailed(failure, now: Fixtures.now, target: .rules))
        _ = press(&state, .character("u"))
        #expect(state.overlay == nil)
        #expect(state.flash?.kind == .error)
        #expect(state.flash?.text.contains("still being read") == false, "\(state.flash?.text ?? "")")
    }

    @Test func notJournalledSendsNothingAndSaysSo() {
        var state = Self.state()
        let mutation = Mutation.remove([RuleRef(id: 21, ip: "192.0.2.7/32")])
        let effects = reduce(
            &state, .mutationFinished(mutation, .notJournalled("Could not write /s/journal.jsonl: full.")))
        #expect(effects.isEmpty)
        #expect(
            state.flash?.text
                == "Could not write the journal before changing 192.0.2.7/32 (#21); nothing was sent. Could not write /s/journal.jsonl: full."
        )
    }

    @Test func theFirstListReadReconcilesOnceAndSaysWhatLanded() {
        var state = AppState(config: Fixtures.config(), now: Fixtures.now)
        let first = reduce(&state, .rulesLoaded(RulesSnapshot(Fixtures.rules), rateLimit: nil, now: Fixtures.now))
        #expect(first.contains(.reconcile(live: Fixtures.rules)))
        let again = reduce(&state, .rulesLoaded(RulesSnapshot(Fixtures.rules), rateLimit: nil, now: Fixtures.now))
        #expect(!again.contains { if case .reconcile = $0 { return true } else { return false } })
        let outcome = JournalOutcome(entry: "3f9a1c2b", time: Self.date(Fixtures.now), status: .succeeded, answer: "")
        _ = reduce(&state, .ledgerLoaded(LedgerSnapshot(), reconciled: [outcome]))
        #expect(
            state.flash?.text == "1 change from an earlier run had no recorded outcome; read off the list: it landed.")
    }

    // MARK: expired rules

    @Test func expiredRulesAreMarkedAndOfferedForRemovalExactly() {
        let annotations = [
            "192.0.2.7/32": Annotation(note: "contractor", expires: Self.date(Fixtures.now - 7200)),
            "10.0.0.0/8": Annotation(note: "lab", expires: Self.date(Fixtures.now + 3 * 3600)),
        ]
        var state = Self.state(annotations: annotations)
        #expect(state.expiredHint == "1 expired: E reviews")
        #expect(RuleColumns.note(annotations["192.0.2.7/32"], now: Fixtures.now) == "expired 2h ago · contractor")
        #expect(RuleColumns.note(annotations["10.0.0.0/8"], now: Fixtures.now) == "expires in 3h · lab")
        // A narrow column keeps the note visible behind a compact marker.
        #expect(RuleColumns.note(annotations["10.0.0.0/8"], now: Fixtures.now, width: 14) == "3h left · lab")
        #expect(RuleColumns.note(annotations["192.0.2.7/32"], now: Fixtures.now, width: 14) == "expired · contractor")
        _ = press(&state, .character("E"))
        guard case .confirm(let dialog) = state.overlay else { Issue.record("E asks"); return }
        #expect(dialog.mutation == .remove([RuleRef(id: 21, ip: "192.0.2.7/32")]))
        #expect(dialog.title == "Remove 1 expired rule")
        let effects = press(&state, .character("y"))
        #expect(effects.removes.map(\.0) == [[21]])
        let draft = state.journalDraft(for: effects.removes[0].1)
        #expect(draft.kind == .expire)
        #expect(draft.removes == [JournalRule(id: 21, ip: "192.0.2.7/32", annotation: annotations["192.0.2.7/32"])])
    }

    @Test func anExpiredRuleCoveringThisHostAsksForTyping() {
        let annotations = ["203.0.113.0/24": Annotation(expires: Self.date(Fixtures.now - 60))]
        var state = Self.state(annotations: annotations)
        _ = press(&state, .character("E"))
        guard case .confirm(let dialog) = state.overlay else { Issue.record("E asks"); return }
        #expect(dialog.typed?.expected == "203.0.113.10", "the lockout dialog, as any removal")
    }

    @Test func aTypedConfirmationIsJournalledAsTheOverride() throws {
        let annotations = ["203.0.113.0/24": Annotation(expires: Self.date(Fixtures.now - 60))]
        var state = Self.state(annotations: annotations)
        _ = press(&state, .character("E"))
        _ = type(&state, "203.0.113.10")
        _ = press(&state, .enter)
        let outgoing = try #require(state.ledger.outgoing, "the confirmed change is on its way")
        let draft = state.journalDraft(for: outgoing.mutation)
        #expect(draft.kind == .expire)
        #expect(draft.overrides == ["typed 203.0.113.10"])
    }

    @Test func nothingExpiredIsSaid() {
        var state = Self.state()
        _ = press(&state, .character("E"))
        #expect(state.overlay == nil && state.flash?.text == "No rule has expired.")
    }

    @Test func readOnlyBlocksUndoAndExpiredRemoval() {
        var state = Fixtures.loaded(readOnly: true)
        _ = press(&state, .character("E"))
        #expect(state.flash?.text.hasPrefix("read-only: remove expired rules is disabled") == true)
        _ = press(&state, .character("u"))
        #expect(state.flash?.text.hasPrefix("read-only: undo the last journal entry is disabled") == true)
    }
}
