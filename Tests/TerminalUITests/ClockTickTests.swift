import AccessCore
import Testing

@testable import TerminalUI

/// A tick answers `.render` exactly when the clock changed something on screen: "updated 7s ago" every second
/// below a minute, then only when a coarse age or a countdown moves.
@Suite struct ClockTickTests {
    static func grid(_ state: AppState) -> Grid { render(state, width: state.width, height: state.height) }

    /// Walks the clock second by second and checks, for each tick, that `.render` comes exactly when the
    /// rendered grid differs from the one before.
    static func expectRenderExactlyOnChange(_ state: inout AppState, through end: Int64) -> Int {
        var before = grid(state)
        var renders = 0
        for second in state.now + 1...end {
            let effects = reduce(&state, .tick(now: second))
            let after = grid(state)
            #expect(effects == (after == before ? [] : [.render]), "second \(second - Fixtures.now)")
            if effects == [.render] { renders += 1 }
            before = after
        }
        return renders
    }

    @Test func belowAMinuteTheAgeCountsSecondsAndEveryTickRenders() {
        var state = Fixtures.loaded(width: 80, height: 24)
        #expect(Self.grid(state).lines[0].contains("updated 0s ago"))
        #expect(reduce(&state, .tick(now: Fixtures.now + 7)) == [.render])
        #expect(Self.grid(state).lines[0].contains("updated 7s ago"))
        #expect(Self.expectRenderExactlyOnChange(&state, through: Fixtures.now + 59) == 52)
        _ = reduce(&state, .tick(now: Fixtures.now + 60))
        #expect(Self.grid(state).lines[0].contains("updated 1m ago"))
    }

    @Test func pastAMinuteAnUnchangedAgeDoesNotRender() {
        var state = Fixtures.loaded(width: 80, height: 24)
        _ = reduce(&state, .tick(now: Fixtures.now + 61))
        // Between 1m01s and 1m29s nothing moves: the header says "1m ago" and every row age is a whole minute.
        for second in Fixtures.now + 62...Fixtures.now + 89 {
            #expect(reduce(&state, .tick(now: second)) == [], "second \(second - Fixtures.now)")
        }
        // 10.0.0.0/8 (created) and 192.0.2.99 (last seen) 30 s before the load turn 2m at 1m30s.
        #expect(reduce(&state, .tick(now: Fixtures.now + 90)) == [.render])
        for second in Fixtures.now + 91...Fixtures.now + 109 {
            #expect(reduce(&state, .tick(now: second)) == [], "second \(second - Fixtures.now)")
        }
        #expect(reduce(&state, .tick(now: Fixtures.now + 110)) == [.render], "203.0.113.10, last seen 10 s before")
        #expect(reduce(&state, .tick(now: Fixtures.now + 120)) == [.render], "the header's 2m")
    }

    @Test func overTwentyMinutesEveryTickRendersExactlyWhenTheGridChanges() {
        var stacked = Fixtures.loaded(width: 80, height: 24)
        let stackedRenders = Self.expectRenderExactlyOnChange(&stacked, through: Fixtures.now + 1200)
        #expect(stackedRenders > 59 && stackedRenders < 200, "seconds for a minute, then a few per minute")
        var wide = Fixtures.loaded(width: 120, height: 40)  // with the detail pane's times
        _ = Self.expectRenderExactlyOnChange(&wide, through: Fixtures.now + 1200)
        var detail = Fixtures.loaded(width: 80, height: 24)
        press(&detail, .character("2"), .enter)
        _ = Self.expectRenderExactlyOnChange(&detail, through: Fixtures.now + 400)
    }

    @Test func nothingOnScreenDependsOnTheClockBeforeTheFirstAnswer() {
        var state = AppState(config: AppConfig(), now: 1_000_020)
        #expect(reduce(&state, .tick(now: 1_000_080)) == [], "\"loading…\" has no age")
    }

    @Test func aRetryCountdownRendersEverySecond() {
        var state = AppState(config: AppConfig(), now: 1_000_020)
        _ = reduce(&state, .pollFailed(FailureInfo(message: "down", isTransient: true), now: 1_000_020))
        #expect(state.tickChangesScreen(1_000_021))
    }

    @Test func aPollInFlightShowsItsMarkerUntilBothAnswersAreIn() {
        var state = Fixtures.loaded(width: 80, height: 24)
        #expect(!state.isFetching)
        #expect(reduce(&state, .key(.character("r"))) == [.fetch(.rules), .fetch(.activity)])
        #expect(Self.grid(state).lines[0].trimmed.hasSuffix("· global · ↻ updated 0s ago"))
        _ = reduce(&state, .rulesLoaded(RulesSnapshot(Fixtures.rules), rateLimit: nil, now: Fixtures.now))
        #expect(Self.grid(state).lines[0].contains("↻"), "the activity is still in flight")
        _ = reduce(&state, .activityLoaded(AttemptsSnapshot(Fixtures.attempts), rateLimit: nil, now: Fixtures.now))
        #expect(Self.grid(state).lines[0].trimmed.hasSuffix("· global · updated 0s ago"))
    }

    @Test func theReReadBeforeAChangeIsAFetchToo() {
        var state = Fixtures.loaded(width: 80, height: 24)
        select(&state, ip: "192.0.2.7/32")
        pressOnly(&state, .character("d"), .character("y"))
        #expect(state.pendingRecheck != nil && state.poll.inFlight.isEmpty)
        #expect(Self.grid(state).lines[0].contains("↻ updated"))
    }
}

extension String {
    /// The line without the blanks that pad it to the grid's width.
    fileprivate var trimmed: String {
        var line = Substring(self)
        while line.last == " " { line.removeLast() }
        return String(line)
    }
}
