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
        #expect(await h.service.calls == ["list", "activity", "activity"], "the activity at 5 s, not the list")
        #expect(h.screen.contains("updated 0s ago · list 5s ago"))
    }

    @Test func overFiveMinutesTheListIsReadEveryMinuteAndTheActivityEveryFiveSeconds() async throws {
        let h = RuntimeHarness(pollInterval: 5)
        try await h.start()
        await h.advance(seconds: 300)
        #expect(await h.service.count("activity") == 61, "at 0, 5, …, 300 s")
        #expect(await h.service.count("list") == 6, "at 0, 60, …, 300 s")
        #expect(!h.screen.contains("· list"), "both were read at 300 s: one age")
    }

    @Test func aChangeAndRReadTheListAtOnceAndItsMinuteStartsAgain() async throws {
        let h = RuntimeHarness(pollInterval: 5)
        try await h.start()
        await h.advance(seconds: 20)
        h.terminal.press(.character("1"), .character("G"), .character("d"), .character("y"))
        await h.runtime.settle()
        #expect(await h.service.count("list") == 3, "the re-read before the DELETE and the read after it")
        #expect(await h.service.rules.map(\.id) == [1])
        #expect(h.screen.contains("1 rule"))
        await h.advance(seconds: 30)
        h.terminal.press(.character("r"))
        await h.runtime.settle()
        #expect(await h.service.count("list") == 4)
        await h.advance(seconds: 59)
        #expect(await h.service.count("list") == 4, "the next list read is a minute after r")
        await h.advance(seconds: 1)
        #expect(await h.service.count("list") == 5)
    }

    @Test func aFailingListIsRetriedAtTheActivityPaceNotEveryMinute() async throws {
        let h = RuntimeHarness(pollInterval: 5)
        try await h.start()
        await h.service.fail("list", with: .timeout(seconds: 10))
        await h.advance(seconds: 60)
        #expect(h.screen.contains("API unreachable — retrying in 5s"))
        await h.advance(seconds: 5)
        #expect(await h.service.count("list") == 3, "retried 5 s after the failure")
        #expect(h.screen.contains("updated 0s ago"))
        #expect(await h.service.count("activity") == 14, "the activity kept its pace meanwhile")
    }

    @Test func failuresBackOffAndASuccessRestoresThePace() async throws {
        let h = RuntimeHarness(pollInterval: 2, listInterval: 2)
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

    @Test func aLowRateLimitBudgetSlowsPollingDownBeforeA429() async throws {
        let h = RuntimeHarness(pollInterval: 5)
        // 5 requests of 600 left, the window resets in 120 s: below the reserve of 30, so no poll until then.
        await h.service.setRateLimit(RateLimit(limit: 600, remaining: 5, reset: RuntimeHarness.start + 120))
        try await h.start()
        #expect(h.screen.contains("slowed: rate 5/600"))
        await h.advance(seconds: 120)
        #expect(await h.service.calls.count == 2, "nothing more before the reset")
        await h.service.setRateLimit(RateLimit(limit: 600, remaining: 600, reset: RuntimeHarness.start + 180))
        await h.advance(seconds: 1)
        #expect(await h.service.calls.count == 4, "both right after it")
        #expect(h.screen.contains("rate 600/600") && !h.screen.contains("slowed"))
        await h.advance(seconds: 5)
        #expect(await h.service.count("activity") == 3, "and back to the interval")
    }

    @Test func pauseStopsPollingAndResumePollsAtOnce() async throws {
        let h = RuntimeHarness(pollInterval: 5)
        try await h.start()
        await h.press(.character("p"))
        #expect(h.screen.contains("PAUSED"))
        await h.advance(seconds: 70)
        #expect(await h.service.calls.count == 2, "no poll while paused")
        await h.press(.character("p"))
        await h.runtime.settle()
        #expect(await h.service.count("list") == 2, "resuming reads both at once")
        #expect(await h.service.count("activity") == 2)
        await h.advance(seconds: 5)
        #expect(await h.service.count("activity") == 3, "and then at the interval")
    }

    @Test func aManualRefreshDuringAPollIsCoalescedIntoOneRepeat() async throws {
        let h = RuntimeHarness(pollInterval: 5, listInterval: 5)
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
        let h = RuntimeHarness(pollInterval: 5, listInterval: 5)
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
