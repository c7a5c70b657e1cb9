import AccessCore
import Testing

@testable import TerminalUI

@Suite struct NavigationTests {
    @Test func attemptsAreTriagedBlockedFirst() {
        let state = Fixtures.loaded()
        let order = state.attempts.visible.map { state.attempts.rows[$0].ip }
        #expect(order == ["192.0.2.99", "198.51.100.23", "203.0.113.10", "10.0.0.7", "192.0.2.7"])
        let row = state.attempts.rows.first { $0.ip == "10.0.0.7" }!
        #expect(row.status == .allowedSince(ruleID: 31))
        #expect(state.attempts.rows.first { $0.ip == "203.0.113.10" }!.isMine)
    }

    @Test func arrowsAndHjklMoveTheCursor() {
        var state = Fixtures.loaded()
        press(&state, .character("j"), .down)
        #expect(state.rules.selected?.id == 21)
        press(&state, .character("k"))
        #expect(state.rules.selected?.id == 15)
        press(&state, .up, .up, .up)
        #expect(state.rules.selected?.id == 12)
        press(&state, .character("G"))
        #expect(state.rules.selected?.id == 31)
        press(&state, .character("g"))
        #expect(state.rules.selected?.id == 12)
        press(&state, .end)
        #expect(state.rules.selected?.id == 31)
        press(&state, .home)
        #expect(state.rules.selected?.id == 12)
    }

    @Test func pagesAndHalfPagesScroll() {
        var state = Fixtures.loaded(rules: Fixtures.manyRules(50))
        let page = state.layout.pageSize(of: .rules)
        #expect(page == 8)
        let effects = press(&state, .pageDown)
        #expect(effects.isEmpty)
        #expect(state.rules.list.cursor == 8)
        #expect(state.rules.list.scroll == 1)
        press(&state, .control("d"))
        #expect(state.rules.list.cursor == 12)
        press(&state, .control("u"), .control("u"))
        #expect(state.rules.list.cursor == 4)
        press(&state, .pageUp)
        #expect(state.rules.list.cursor == 0 && state.rules.list.scroll == 0)
        press(&state, .character("G"))
        #expect(state.rules.list.cursor == 49 && state.rules.list.scroll == 42)
    }

    @Test func ctrlDNeverDeletes() {
        var state = Fixtures.loaded()
        let effects = press(&state, .control("d"))
        #expect(effects.isEmpty)
        #expect(state.overlay == nil)
    }

    @Test func tabShiftTabAndNumbersSwitchPanes() {
        var state = Fixtures.loaded()
        press(&state, .tab)
        #expect(state.focus == .attempts)
        press(&state, .tab)
        #expect(state.focus == .detail && state.detailSubject == .attempts)
        press(&state, .tab)
        #expect(state.focus == .rules)
        press(&state, .backTab)
        #expect(state.focus == .detail && state.detailSubject == .rules)
        press(&state, .character("2"))
        #expect(state.focus == .attempts)
        press(&state, .character("1"))
        #expect(state.focus == .rules)
        press(&state, .character("3"))
        #expect(state.focus == .detail)
        press(&state, .character("l"))
        #expect(state.focus == .rules)
        press(&state, .character("h"))
        #expect(state.focus == .detail)
    }

    @Test func enterOpensDetailAndEscGoesBack() {
        var state = Fixtures.loaded()
        press(&state, .character("2"), .down, .enter)
        #expect(state.focus == .detail && state.detailSubject == .attempts)
        #expect(state.attempts.selected?.ip == "198.51.100.23")
        press(&state, .down)
        #expect(state.attempts.selected?.ip == "203.0.113.10", "the detail follows the list's selection")
        press(&state, .escape)
        #expect(state.focus == .attempts)
    }

    @Test func sortCyclesAndReverses() {
        var state = Fixtures.loaded()
        press(&state, .character("s"))
        #expect(state.rules.sort == .range)
        #expect(state.rules.visible.map { state.rules.rows[$0].id } == [31, 21, 15, 12, 30])
        press(&state, .character("S"))
        #expect(!state.rules.ascending)
        #expect(state.rules.visible.map { state.rules.rows[$0].id } == [30, 12, 15, 21, 31])
        press(&state, .character("s"))
        #expect(state.rules.sort == .size && state.rules.ascending)
        press(&state, .character("2"), .character("s"))
        #expect(state.attempts.sort == .lastSeen)
        #expect(state.attempts.visible.map { state.attempts.rows[$0].ip }.first == "203.0.113.10")
    }

    @Test func blockedOnlyToggles() {
        var state = Fixtures.loaded()
        press(&state, .character("2"), .character("b"))
        #expect(state.attempts.blockedOnly)
        #expect(state.attempts.visible.map { state.attempts.rows[$0].ip } == ["192.0.2.99", "198.51.100.23"])
        press(&state, .character("b"))
        #expect(state.attempts.visible.count == 5)
    }

    @Test func refreshPauseQuitSuspendRedrawHelp() {
        var state = Fixtures.loaded()
        #expect(press(&state, .character("r")) == [.fetch(.rules), .fetch(.activity)])
        #expect(press(&state, .character("r")).isEmpty, "a refresh while both are in flight queues one repeat")
        let armed = reduce(&state, .rulesLoaded(RulesSnapshot(Fixtures.rules), rateLimit: nil, now: Fixtures.now + 1))
        #expect(armed == [.fetch(.rules)], "the queued repeat; no timer while both GETs are in flight")
        _ = reduce(&state, .rulesLoaded(RulesSnapshot(Fixtures.rules), rateLimit: nil, now: Fixtures.now + 1))
        _ = reduce(&state, .activityLoaded(AttemptsSnapshot(Fixtures.attempts), rateLimit: nil, now: Fixtures.now + 1))
        _ = reduce(&state, .activityLoaded(AttemptsSnapshot(Fixtures.attempts), rateLimit: nil, now: Fixtures.now + 1))
        let generation = state.poll.generation
        #expect(press(&state, .character("p")).significant.isEmpty, "pausing stops the timer: nothing to fetch")
        #expect(state.poll.paused)
        #expect(reduce(&state, .pollDue(generation: generation)).isEmpty, "the timer armed before the pause is stale")
        #expect(
            press(&state, .character("p")).significant == [.fetch(.rules), .fetch(.activity)], "resuming polls at once")
        #expect(press(&state, .character("q")) == [.exit(0)])
        #expect(press(&state, .control("c")) == [.exit(0)])
        #expect(press(&state, .control("z")) == [.suspend])
        #expect(press(&state, .control("l")) == [.redrawAll])
        #expect(reduce(&state, .terminate(status: 143)) == [.exit(143)])
        press(&state, .character("?"))
        #expect(state.overlay == .help(page: 0))
        #expect(press(&state, .character("d")).isEmpty && state.overlay == .help(page: 0))
        press(&state, .escape)
        #expect(state.overlay == nil)
    }

    @Test func theSelectedAttemptKeepsItsRowWhenTheListArrivesAndTheRowsResort() {
        var state = AppState(
            config: Fixtures.config(readOnly: false, mine: [Fixtures.me], pollInterval: 5), now: Fixtures.now,
            width: 120, height: 40)
        _ = reduce(&state, .activityLoaded(AttemptsSnapshot(Fixtures.attempts), rateLimit: nil, now: Fixtures.now))
        let seen = state.attempts.selected?.ip
        _ = reduce(&state, .rulesLoaded(RulesSnapshot(Fixtures.rules), rateLimit: nil, now: Fixtures.now))
        #expect(state.attempts.visible.first.map { state.attempts.items[$0].ip } != seen, "the rows re-sorted")
        #expect(state.attempts.selected?.ip == seen, "a key pressed now acts on the row the operator saw selected")
    }

    @Test func helpAt80x24TurnsPagesAndStopsAtTheLast() {
        var state = Fixtures.loaded(width: 80, height: 24)
        press(&state, .character("?"))
        press(&state, .character("k"))
        #expect(state.overlay == .help(page: 0), "no page before the first")
        press(&state, .character("j"))
        #expect(state.overlay == .help(page: 1))
        press(&state, .pageDown, .pageDown, .character(" "))
        #expect(state.overlay == .help(page: 1), "80x24 holds the keymap on two pages")
        press(&state, .pageUp)
        #expect(state.overlay == .help(page: 0))
    }

    @Test func copySendsTheSelectedAddress() {
        var state = Fixtures.loaded()
        #expect(press(&state, .character("y")).significant == [.copy("203.0.113.0/24")])
        press(&state, .character("2"), .down)
        #expect(press(&state, .character("y")).significant == [.copy("198.51.100.23")])
        #expect(state.flash?.text.contains("198.51.100.23") == true)
    }

    @Test func tooSmallOnlyQuitsAndResizes() {
        var state = Fixtures.loaded()
        _ = reduce(&state, .resize(width: 70, height: 20))
        #expect(state.layout.isTooSmall)
        #expect(press(&state, .character("j"), .character("d"), .character("?")).isEmpty)
        #expect(state.rules.list.cursor == 0 && state.overlay == nil)
        #expect(press(&state, .character("q")) == [.exit(0)])
        press(&state, .resize(width: 120, height: 40))
        #expect(!state.layout.isTooSmall && state.layout.isWide)
    }

    @Test func escClearsMarksWhenNoFilter() {
        var state = Fixtures.loaded()
        press(&state, .character(" "), .character(" "))
        #expect(state.rules.marked == [12, 15])
        #expect(state.rules.selected?.id == 21)
        press(&state, .escape)
        #expect(state.rules.marked.isEmpty)
    }
}

@Suite struct PollTests {
    @Test func anUnchangedPollOnlyRefreshesTheClock() {
        var state = Fixtures.loaded()
        press(&state, .down, .character(" "))
        let before = state
        let effects = reduce(
            &state, .rulesLoaded(RulesSnapshot(Fixtures.rules.map { $0 }), rateLimit: nil, now: Fixtures.now + 5))
        #expect(
            effects == [.schedule(after: 0, .pollDue(generation: state.poll.generation))],
            "only the next poll is armed: the activity's, due now; the list's is a minute away")
        #expect(state.poll.due[.rules] == Fixtures.now + 65)
        #expect(state.rules.rows == before.rules.rows && state.rules.marked == before.rules.marked)
        #expect(state.rules.list == before.rules.list)
        #expect(state.poll.lastSuccess == Fixtures.now + 5)
        #expect(render(state, width: 80, height: 24).lines == render(before, width: 80, height: 24).lines)
    }

    @Test func aChangedListRetriagesAttemptsAndVerdicts() {
        var state = Fixtures.loaded()
        _ = reduce(
            &state,
            .rulesLoaded(RulesSnapshot(Fixtures.rules.filter { $0.id != 12 }), rateLimit: nil, now: Fixtures.now + 5))
        #expect(state.myVerdicts.first?.allowed == false)
        #expect(state.attempts.rows.first { $0.ip == "203.0.113.10" }?.status == .noLongerAllowed)
        #expect(render(state, width: 80, height: 24).lines[1].contains("✗ NOT allowed"))
    }
}
