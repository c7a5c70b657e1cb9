import AccessCore
import Testing

@testable import TerminalUI

@Suite struct ClockTickTests {
    @Test func aTickWithinTheSameMinuteChangesNothingOnScreen() {
        // 1_000_020 is the first second of a minute (16_667 × 60).
        let state = AppState(config: AppConfig(), now: 1_000_020)
        #expect(!state.tickChangesScreen(1_000_021))
        #expect(!state.tickChangesScreen(1_000_079))
        #expect(state.tickChangesScreen(1_000_080))
    }

    @Test func theSkippedTicksReallyRenderTheSameGrid() {
        var state = AppState(config: AppConfig(), now: 1_000_020, width: 120, height: 40)
        _ = reduce(
            &state,
            .rulesLoaded(
                [AllowRule(id: 1, ip: "203.0.113.0/24", createdAt: 999_000, updatedAt: 999_000)],
                rateLimit: nil, now: 1_000_020))
        let before = render(state, width: 120, height: 40)
        for second in Int64(1_000_021)...1_000_079 {
            #expect(!state.tickChangesScreen(second))
            _ = reduce(&state, .tick(now: second))
            #expect(render(state, width: 120, height: 40) == before, "second \(second)")
        }
    }

    @Test func aRetryCountdownRendersEverySecond() {
        var state = AppState(config: AppConfig(), now: 1_000_020)
        _ = reduce(&state, .pollFailed(FailureInfo(message: "down", isTransient: true), now: 1_000_020))
        #expect(state.tickChangesScreen(1_000_021))
    }
}
