import AccessCore
import Testing

@testable import TerminalUI

/// The account picker and the switch, in the reducer: what is kept, what is left behind, what is refused.
@Suite struct AccountSwitchTests {
    /// The state after `c`, `j`, Enter from the current account: the EU subuser is being opened.
    func switchingToEU() -> (AppState, [Effect]) {
        var state = Fixtures.switchable()
        let effects = press(&state, .character("c"), .character("j"), .enter)
        return (state, effects)
    }

    @Test func pickerListsAccountsInOrderWithTheCurrentUnderTheCursor() throws {
        var state = Fixtures.switchable()
        #expect(press(&state, .character("c")).isEmpty)
        let picker = try #require(state.picker)
        #expect(picker.choices == Fixtures.accounts)
        #expect(picker.current == 1 && picker.cursor == 1)
        press(&state, .character("j"), .character("j"), .down)
        #expect(state.picker?.cursor == 2, "stops at the last account")
        press(&state, .character("k"), .up, .character("k"))
        #expect(state.picker?.cursor == 0, "stops at the first")
        #expect(press(&state, .escape).isEmpty)
        #expect(state.overlay == nil)
        #expect(state.switching == nil && state.accountLabel == "profile ops · subuser eu-subuser · global")
    }

    @Test func enterOnTheCurrentAccountSwitchesNothing() {
        var state = Fixtures.switchable()
        let effects = press(&state, .character("c"), .enter)
        #expect(effects.switches.isEmpty)
        #expect(state.switching == nil && state.overlay == nil)
        #expect(state.flash?.text == "Already on profile ops · subuser eu-subuser · global.")
    }

    @Test func withoutConfiguredAccountsThePickerShowsOnlyTheCurrentOne() throws {
        var state = Fixtures.loaded()
        press(&state, .character("c"))
        let picker = try #require(state.picker)
        #expect(picker.choices.map(\.target) == [Fixtures.target])
        #expect(press(&state, .character("j"), .enter).switches.isEmpty)
    }

    @Test func enterAsksToOpenTheChosenAccountAndKeepsTheCurrentOneMeanwhile() {
        let (state, effects) = switchingToEU()
        #expect(effects.switches == [Fixtures.euChoice])
        #expect(state.switching == Fixtures.euChoice)
        #expect(state.overlay == nil)
        #expect(state.accountLabel == "profile ops · subuser eu-subuser · global", "the header waits for the open")
        #expect(state.rules.rows.count == Fixtures.rules.count)
        #expect(state.flash?.text == "Opening profile eu · subuser sub2 · eu…")
        let header = render(state, width: 120, height: 40).lines[0]
        #expect(header.hasPrefix(" sgaccess · profile ops · subuser eu-subuser · global · updated"))
        #expect(header.contains("· updated 0s ago → opening profile eu · subuser sub2 · eu…"), "after the status")
    }

    @Test func openedAccountRebuildsTheStateAndPollsIt() {
        var state = Fixtures.switchable(width: 120, height: 40)
        press(&state, .character("/"))
        type(&state, "10.")
        press(&state, .enter, .character("1"), .character(" "))
        _ = reduce(&state, .tick(now: Fixtures.now + 90))
        #expect(!state.rules.filter.isEmpty && !state.rules.marked.isEmpty)
        let generation = state.poll.generation
        press(&state, .character("c"), .character("j"), .enter)
        let effects = reduce(&state, .accountOpened(Fixtures.euChoice, Fixtures.euConfig))

        #expect(
            effects.significant == [.fetch(.rules), .fetch(.activity), .triage(.load)], "the new account's dismissals")
        #expect(state.accountEpoch == 1 && state.switching == nil)
        #expect(state.config == Fixtures.euConfig && state.accent == .red)
        #expect(state.accountLabel == "profile eu · subuser sub2 · eu")
        #expect(state.flash?.text == "Switched to profile eu · subuser sub2 · eu.")
        #expect(state.width == 120 && state.height == 40 && state.now == Fixtures.now + 90, "size and clock kept")
        #expect(state.poll.generation > generation, "the old account's poll timer is stale")
        #expect(state.accounts == Fixtures.accounts)
        let fresh = AppState(config: Fixtures.euConfig, now: state.now, width: 120, height: 40)
        #expect(state.rules == fresh.rules && !state.rules.isLoaded, "the list is loading, filter and marks gone")
        #expect(state.attempts == fresh.attempts && !state.attempts.isLoaded)
        #expect(state.knowledge == fresh.knowledge, "the guard knows only what the new profile says")
        #expect(state.myVerdicts == fresh.myVerdicts)
        #expect(state.overlay == nil && state.inFlight == nil && state.ledger == fresh.ledger)
        #expect(state.pendingCheck == nil && state.pendingRecheck == nil && state.focus == .rules)
    }

    @Test func answersAskedForUnderTheOldAccountAreDropped() {
        var (state, _) = switchingToEU()
        let oldGeneration = state.poll.generation
        _ = reduce(&state, .accountOpened(Fixtures.euChoice, Fixtures.euConfig))

        // The old account's poll answers, arriving late.
        #expect(
            reduce(&state, .forAccount(epoch: 0, .rulesLoaded(RulesSnapshot(Fixtures.rules), rateLimit: nil, now: 1)))
                .isEmpty)
        #expect(
            reduce(
                &state,
                .forAccount(epoch: 0, .activityLoaded(AttemptsSnapshot(Fixtures.attempts), rateLimit: nil, now: 1))
            ).isEmpty)
        let failure = FailureInfo(message: "Could not connect.", isTransient: true)
        #expect(reduce(&state, .forAccount(epoch: 0, .pollFailed(failure, now: 1))).isEmpty)
        #expect(reduce(&state, .forAccount(epoch: 0, .pollDue(generation: state.poll.generation))).isEmpty)
        #expect(reduce(&state, .pollDue(generation: oldGeneration)).isEmpty, "its timer's generation is stale too")
        let add = Mutation.allowAttempt(CIDR(host: IPAddress("198.51.100.23")!))
        #expect(
            reduce(&state, .forAccount(epoch: 0, .recheckLoaded(add, RulesSnapshot(Fixtures.rules), now: 1))).isEmpty)
        #expect(reduce(&state, .forAccount(epoch: 0, .mutationFinished(add, .removed(ids: [12])))).isEmpty)
        #expect(!state.rules.isLoaded && !state.attempts.isLoaded && state.poll.failure == nil)
        #expect(state.poll.inFlight == [.rules, .activity], "the new account's GETs are still awaited")
        #expect(state.flash?.text == "Switched to profile eu · subuser sub2 · eu.")

        // The new account's answers are taken.
        _ = reduce(
            &state,
            .forAccount(epoch: 1, .rulesLoaded(RulesSnapshot(Fixtures.euRules), rateLimit: nil, now: Fixtures.now)))
        #expect(state.rules.rows.map(\.id) == [501, 502])
    }

    @Test func aSwitchIsDeclinedWhileAChangeIsInFlight() {
        var state = Fixtures.switchable()
        press(&state, .character("2"))
        select(&state, ip: "198.51.100.23")
        let effects = pressOnly(&state, .character("a"))
        guard case .recheck(let mutation) = effects.first else {
            Issue.record("expected the re-read before the add, got \(effects)")
            return
        }
        press(&state, .character("c"))
        #expect(state.overlay == nil)
        #expect(state.flash?.kind == .error)
        #expect(state.flash?.text.contains("wait for the change to finish, then switch") == true)

        _ = reduce(&state, .recheckLoaded(mutation, RulesSnapshot(state.rules.rules), now: state.now))
        #expect(state.inFlight == mutation, "the add itself is on its way")
        press(&state, .character("c"))
        #expect(state.overlay == nil && state.flash?.text.contains("then switch") == true)

        _ = reduce(&state, .mutationFinished(mutation, .added([])))
        press(&state, .character("c"))
        #expect(state.picker != nil, "once the change finished, the picker opens")
    }

    @Test func anOpenedAccountIsNotTakenWhileAChangeWouldBeLeftBehind() {
        var (state, _) = switchingToEU()
        // Not reachable through keys (changes are refused while switching); the predicate guards it anyway.
        state.inFlight = .allowAttempt(CIDR(host: IPAddress("198.51.100.23")!))
        #expect(!state.accepts(opened: Fixtures.euChoice, config: Fixtures.euConfig))
    }

    @Test func changesAreRefusedWhileSwitching() {
        var (state, _) = switchingToEU()
        press(&state, .character("2"))
        select(&state, ip: "198.51.100.23")
        let effects = pressOnly(&state, .character("a"))
        #expect(effects.filter { if case .recheck = $0 { return true } else { return false } }.isEmpty)
        #expect(state.inFlight == nil)
        #expect(state.flash?.text.hasPrefix("Switching to profile eu · subuser sub2 · eu; nothing was sent.") == true)
        press(&state, .character("c"))
        #expect(state.picker == nil && state.flash?.text.hasPrefix("Still opening profile eu") == true)
    }

    @Test func openingThePickerClosesAConfirmationWithoutConfirmingIt() {
        var state = Fixtures.switchable()
        select(&state, ip: "192.0.2.7/32")
        press(&state, .character("d"))
        #expect(state.confirm != nil && state.confirm?.isTyped == false)
        let effects = pressOnly(&state, .character("c"))
        #expect(effects.isEmpty, "nothing is sent")
        #expect(state.picker != nil)
        #expect(state.inFlight == nil && state.pendingRecheck == nil)
        press(&state, .escape)
        #expect(state.overlay == nil, "Esc in the picker does not bring the dialog back")
    }

    @Test func aFailedOpenKeepsTheCurrentAccountAndSaysWhy() {
        var (state, _) = switchingToEU()
        let effects = reduce(
            &state,
            .accountFailed(
                Fixtures.euChoice, reason: "The key file ~/.config/sgaccess/eu.key does not exist: create it."))
        #expect(effects.isEmpty)
        #expect(state.switching == nil && state.accountEpoch == 0)
        #expect(state.rules.rows.count == Fixtures.rules.count)
        #expect(state.accountLabel == "profile ops · subuser eu-subuser · global")
        #expect(state.flash?.kind == .error)
        #expect(
            state.flash?.text
                == "Could not open profile eu · subuser sub2 · eu: The key file ~/.config/sgaccess/eu.key does not "
                + "exist: create it. Still on profile ops · subuser eu-subuser · global.")
        #expect(press(&state, .character("c")).isEmpty && state.picker != nil, "another switch may be tried")
    }

    @Test func anOpenThatGivesAnotherAccountIsRefused() {
        var (state, _) = switchingToEU()
        var wrong = Fixtures.euConfig
        wrong.target = AccountTarget(profile: "eu", endpoint: .eu)
        #expect(!state.accepts(opened: Fixtures.euChoice, config: wrong))
        _ = reduce(&state, .accountOpened(Fixtures.euChoice, wrong))
        #expect(state.accountEpoch == 0 && state.switching == nil && state.config == Fixtures.config())
        #expect(state.flash?.text.contains("gave profile eu · parent account · eu instead") == true)
    }

    @Test func answersForAnotherSwitchAreIgnored() {
        var (state, _) = switchingToEU()
        let before = state
        #expect(
            reduce(&state, .accountOpened(Fixtures.parentChoice, AppConfig(target: Fixtures.parentChoice.target)))
                .isEmpty)
        #expect(reduce(&state, .accountFailed(Fixtures.parentChoice, reason: "No.")).isEmpty)
        #expect(state == before)
    }

    @Test func undoDoesNotCrossAccounts() {
        var state = Fixtures.switchable()
        select(&state, ip: "192.0.2.7/32")
        let mutation = press(&state, .character("d"), .character("y")).removes[0].1
        _ = reduce(&state, .mutationFinished(mutation, .removed(ids: [21])))
        let record = JournalNotesTests.removal(
            "3f9a1c2b", of: JournalRule(id: 21, ip: "192.0.2.7/32"), at: Fixtures.now)
        _ = reduce(&state, .ledgerLoaded(LedgerSnapshot(records: [record]), reconciled: []))
        press(&state, .character("c"), .character("j"), .enter)
        _ = reduce(&state, .accountOpened(Fixtures.euChoice, Fixtures.euConfig))
        _ = reduce(
            &state,
            .forAccount(epoch: 1, .rulesLoaded(RulesSnapshot(Fixtures.euRules), rateLimit: nil, now: Fixtures.now)))
        _ = reduce(&state, .forAccount(epoch: 1, .ledgerLoaded(LedgerSnapshot(), reconciled: [])))
        let effects = press(&state, .character("u"))
        #expect(effects.adds.isEmpty && state.confirm == nil)
        #expect(state.flash?.text == "Nothing to undo: The journal of this account has no change left to undo.")
    }

    @Test func theNewAccountsReadOnlySettingApplies() {
        var (state, _) = switchingToEU()
        var readOnly = Fixtures.euConfig
        readOnly.readOnly = true
        _ = reduce(&state, .accountOpened(Fixtures.euChoice, readOnly))
        #expect(state.isReadOnly)
        #expect(state.keymap.bindings.allSatisfy { !$0.dangerous })
        #expect(press(&state, .character("c")).isEmpty && state.picker != nil, "switching is not a change")
    }
}
