import AccessCore
import Foundation
import Testing

@testable import TerminalUI

/// `x`, `X`, the return of an address that tries again, the ledger's answers and read-only mode.
@Suite struct TriageInboxTests {
    /// The fixture attempts with the attempts pane focused: 192.0.2.99 (blocked, newest) is selected.
    static func focused(readOnly: Bool = false) -> AppState {
        var state = Fixtures.loaded(readOnly: readOnly)
        press(&state, .character("2"))
        return state
    }

    static func saves(_ effects: [Effect]) -> [(String, Dismissal?)] {
        effects.compactMap { if case .triage(.save(let a, let d)) = $0 { return (a, d) } else { return nil } }
    }

    @Test func xWithAReasonDismissesTheAddressAndSavesIt() {
        var state = Self.focused()
        #expect(state.attempts.selected?.ip == "192.0.2.99")
        #expect(press(&state, .character("x")).isEmpty)
        guard case .dismiss(let input) = state.overlay else { Issue.record("no prompt"); return }
        #expect(input.addresses == ["192.0.2.99"])
        type(&state, "scanner")
        let saved = Self.saves(press(&state, .enter))
        #expect(state.overlay == nil)
        #expect(saved.count == 1)
        #expect(saved.first?.0 == "192.0.2.99")
        #expect(saved.first?.1?.reason == "scanner")
        #expect(saved.first?.1?.at == Date(timeIntervalSince1970: TimeInterval(Fixtures.now)))
        #expect(!state.shownAttempts.contains { $0.ip == "192.0.2.99" })
        #expect(state.attempts.blockedCount == 1)
        #expect(state.attempts.dismissedCount == 1)
        #expect(state.flash?.text.contains("Dismissed 192.0.2.99 (scanner)") == true)
    }

    @Test func enterWithNothingTypedDismissesWithoutAReasonAndEscCancels() {
        var state = Self.focused()
        press(&state, .character("x"))
        #expect(Self.saves(press(&state, .escape)).isEmpty)
        #expect(state.overlay == nil)
        #expect(state.attempts.triage.dismissals.isEmpty)
        press(&state, .character("x"))
        let saved = Self.saves(press(&state, .enter))
        #expect(saved.count == 1)
        #expect(saved.first?.1 != nil && saved.first?.1?.reason == nil)
    }

    @Test func anAddressComesBackWhenItTriesAgainAfterTheDismissal() {
        var state = Self.focused()
        press(&state, .character("x"), .enter)
        #expect(!state.shownAttempts.contains { $0.ip == "192.0.2.99" })
        // The same attempt polled again stays hidden; a try after the dismissal brings it back.
        _ = reduce(&state, .activityLoaded(AttemptsSnapshot(Fixtures.attempts), rateLimit: nil, now: Fixtures.now + 5))
        #expect(!state.shownAttempts.contains { $0.ip == "192.0.2.99" })
        var again = Fixtures.attempts
        again[1] = AccessAttempt(
            ip: "192.0.2.99", allowed: false, authMethod: "api_key", location: "東京, JP", firstAt: Fixtures.now - 7200,
            lastAt: Fixtures.now + 60)
        _ = reduce(&state, .activityLoaded(AttemptsSnapshot(again), rateLimit: nil, now: Fixtures.now + 61))
        let back = state.shownAttempts.first { $0.ip == "192.0.2.99" }
        #expect(back != nil && back?.dismissal == nil && back?.needsTriage == true)
        #expect(state.attempts.blockedCount == 2)
    }

    @Test func xShowsDismissedMarkedAndXOnOneUndismissesIt() {
        var state = Self.focused()
        press(&state, .character("x"))
        type(&state, "known bot")
        press(&state, .enter, .character("X"))
        #expect(state.attempts.triage.showDismissed)
        let row = state.shownAttempts.first { $0.ip == "192.0.2.99" }
        #expect(row?.dismissal?.reason == "known bot")
        #expect(row.map(Canvas.statusLabel) == "– dismissed: known bot")
        // Blocked rows still waiting for triage stay on top; the dismissed one follows.
        #expect(state.shownAttempts.first?.ip == "198.51.100.23")
        select(&state, ip: "192.0.2.99")
        let saved = Self.saves(press(&state, .character("x")))
        #expect(saved.count == 1 && saved.first?.0 == "192.0.2.99" && saved.first?.1 == nil)
        #expect(state.overlay == nil)
        #expect(state.attempts.triage.dismissals.isEmpty)
        #expect(state.shownAttempts.first?.ip == "192.0.2.99")
        #expect(state.flash?.text.contains("back among the blocked") == true)
    }

    @Test func xOnARowThatIsNotBlockedSaysWhy() {
        var state = Self.focused()
        select(&state, ip: "203.0.113.10")
        let effects = press(&state, .character("x"))
        #expect(state.overlay == nil)
        #expect(Self.saves(effects).isEmpty)
        #expect(state.flash?.text.contains("x dismisses blocked attempts only: 203.0.113.10 is") == true)
    }

    @Test func readOnlyModeStillDismissesBecauseNothingIsSent() {
        var state = Self.focused(readOnly: true)
        #expect(state.keymap.command(for: .character("x"), in: [.attempts]) == .dismiss)
        press(&state, .character("x"), .enter)
        #expect(state.attempts.dismissedCount == 1)
        press(&state, .character("a"))
        #expect(state.overlay == nil && state.inFlight == nil)
        #expect(state.flash?.text.contains("read-only") == true)
    }

    @Test func loadedDismissalsHideAndAFailedLoadOrSaveIsAnErrorFlash() {
        var state = Self.focused()
        let stored = Dismissal(address: "198.51.100.23", at: Date(timeIntervalSince1970: TimeInterval(Fixtures.now)))
        _ = reduce(&state, .triage(.loaded(["198.51.100.23": stored])))
        #expect(state.attempts.triage.loaded)
        #expect(!state.shownAttempts.contains { $0.ip == "198.51.100.23" })
        press(&state, .character("x"), .enter)  // 192.0.2.99
        _ = reduce(&state, .triage(.saveFailed(address: "192.0.2.99", reason: "Could not write f: disk full.")))
        #expect(state.flash?.kind == .error)
        #expect(state.flash?.text.contains("192.0.2.99 was not saved") == true)
        #expect(state.attempts.triage.dismissals["192.0.2.99"] != nil)
        _ = reduce(&state, .triage(.loadFailed("Could not read f: denied.")))
        #expect(state.flash?.kind == .error)
        #expect(state.flash?.text.contains("could not be read") == true)
    }

    @Test func startAndAnAccountSwitchAskForTheDismissals() {
        var state = Self.focused()
        #expect(reduce(&state, .triage(.start)) == [.triage(.load)])
    }

    @Test func theBlockedListIsClearedByDismissingEveryRowAndSaysSo() {
        var state = Self.focused()
        press(&state, .character("b"))
        press(&state, .character("x"), .enter)
        press(&state, .character("x"), .enter)
        #expect(state.attempts.blockedCount == 0)
        #expect(state.attempts.visible.isEmpty)
        let text = render(state, width: 120, height: 40).lines.joined(separator: "\n")
        #expect(text.contains("No blocked attempts left: 2 dismissed (X shows them)."))
        #expect(text.contains("0 blocked · 2 dismissed"))
    }
}
