import AccessCore
import SendGridAPI
import TerminalKit
import TerminalUI
import Testing

@testable import TerminalApp

/// Polling, driven in process: the real runtime and reducer, a manual clock, a scripted SendGrid.
@MainActor @Suite struct RuntimePollingTests {
    @Test func theFirstFrameShowsBothAnswersAndThenPollsAtTheInterval() async throws {
        let h = RuntimeHarness(pollInterval: 5)
        try await h.start()
        #expect(await h.calls() == ["activity", "list"])
        #expect(h.screen.contains("2 rules"))
        #expect(h.screen.contains("this host 203.0.113.10 ✓ allowed by #1"))
        await h.advance(seconds: 4)
        #expect(await h.calls().count == 2, "no poll before the interval")
        await h.advance(seconds: 1)
        #expect(await h.calls() == ["activity", "list", "activity", "list"])
        await h.advance(seconds: 10)
        #expect(await h.service.count("list") == 4)
        #expect(await h.service.count("activity") == 4)
    }

    @Test func failuresBackOffAndASuccessRestoresThePace() async throws {
        let h = RuntimeHarness(pollInterval: 2)
        try await h.start()
        for _ in 0..<3 { await h.service.fail("list", with: .timeout(seconds: 10)) }
        await h.advance(seconds: 2)  // poll 2 fails: retry in 2
        #expect(h.screen.contains("API unreachable — retrying in 2s"))
        await h.advance(seconds: 2)  // poll 3 fails: retry in 4
        #expect(h.screen.contains("retrying in 4s"))
        await h.advance(seconds: 3)
        #expect(await h.service.count("list") == 3, "backing off: no poll 3 s after the second failure")
        await h.advance(seconds: 1)  // poll 4 fails: retry in 8
        #expect(h.screen.contains("retrying in 8s"))
        await h.advance(seconds: 8)  // poll 5 succeeds
        #expect(await h.service.count("list") == 5)
        #expect(h.screen.contains("updated 0s ago"))
        await h.advance(seconds: 2)
        #expect(await h.service.count("list") == 6, "back to the 2 s interval")
    }

    @Test func aLowRateLimitBudgetSlowsPollingDown() async throws {
        let h = RuntimeHarness(pollInterval: 5)
        // 5 requests of 600 left, the window resets in 120 s: two polls left, one every 60 s.
        await h.service.setRateLimit(RateLimit(limit: 600, remaining: 5, reset: RuntimeHarness.start + 120))
        try await h.start()
        await h.advance(seconds: 59)
        #expect(await h.service.count("list") == 1, "slowed down before the budget runs out")
        await h.advance(seconds: 1)
        #expect(await h.service.count("list") == 2)
        #expect(h.screen.contains("rate 5/600"))
    }

    @Test func pauseStopsPollingAndResumePollsAtOnce() async throws {
        let h = RuntimeHarness(pollInterval: 5)
        try await h.start()
        await h.press(.character("p"))
        #expect(h.screen.contains("PAUSED"))
        await h.advance(seconds: 30)
        #expect(await h.service.count("list") == 1, "no poll while paused")
        await h.press(.character("p"))
        await h.runtime.settle()
        #expect(await h.service.count("list") == 2, "resuming polls at once")
        await h.advance(seconds: 5)
        #expect(await h.service.count("list") == 3, "and then at the interval")
    }

    @Test func aManualRefreshDuringAPollIsCoalescedIntoOneRepeat() async throws {
        let h = RuntimeHarness(pollInterval: 5)
        try await h.start()
        await h.service.hold("list")
        h.advanceWithoutWaiting(seconds: 5)  // poll 2: the list is held
        await h.service.waitForCalls("list", count: 2)
        await h.press(.character("r"))
        await h.press(.character("r"))
        await h.press(.character("r"))
        await Task.yield()
        #expect(await h.service.count("list") == 2, "no second list GET while one is in flight")
        await h.service.release("list")
        await h.runtime.settle()
        #expect(await h.service.count("list") == 3, "three refreshes became one repeat after the answer")
    }

    @Test func aSlowAnswerShowsWaitingForSendGrid() async throws {
        let h = RuntimeHarness(pollInterval: 5)
        try await h.start()
        await h.service.hold("list")
        h.advanceWithoutWaiting(seconds: 5)
        await h.service.waitForCalls("list", count: 2)
        h.advanceWithoutWaiting(seconds: 6)
        #expect(h.screen.contains("waiting for SendGrid… 6s (gives up at 10s)"))
        await h.service.release("list")
        await h.runtime.settle()
        #expect(!h.screen.contains("waiting for SendGrid"))
    }

    @Test func aResizeRedrawsAtTheNewSize() async throws {
        let h = RuntimeHarness(width: 120, height: 40)
        try await h.start()
        h.terminal.resize(width: 80, height: 24)
        let screen = try #require(h.terminal.screen)
        #expect(screen.width == 80 && screen.height == 24)
        #expect(h.runtime.state.width == 80)
        h.terminal.resize(width: 40, height: 10)
        #expect(h.screen.contains("terminal too small"))
    }
}
