import AccessCore
import Testing

@testable import TerminalUI

@Suite struct PollScheduleTests {
    @Test func intervalHasAOneSecondFloor() {
        #expect(PollSchedule(interval: 0).interval == 1)
        #expect(PollSchedule(interval: -5).interval == 1)
        #expect(PollSchedule(interval: 5).interval == 5)
    }

    @Test func successKeepsTheInterval() {
        var schedule = PollSchedule(interval: 5)
        #expect(schedule.succeeded(rateLimit: nil, now: 0) == 5)
        #expect(schedule.succeeded(rateLimit: RateLimit(limit: 600, remaining: 500, reset: 60), now: 0) == 5)
    }

    @Test func failuresBackOffExponentiallyUpToTheCap() {
        var schedule = PollSchedule(interval: 5)
        #expect(
            [schedule.failed(), schedule.failed(), schedule.failed(), schedule.failed(), schedule.failed()]
                == [5, 10, 20, 40, 60])
        #expect(schedule.failed() == 60)
    }

    @Test func successAfterFailuresResetsTheBackoff() {
        var schedule = PollSchedule(interval: 2)
        _ = schedule.failed()
        _ = schedule.failed()
        #expect(schedule.succeeded(rateLimit: nil, now: 0) == 2)
        #expect(schedule.failed() == 2)
    }

    @Test func lowRateLimitBudgetSpreadsPollsUntilReset() {
        var schedule = PollSchedule(interval: 5)
        // 5 of 600 left, reset in 120 s: (5-1)/2 = 2 polls left, one every 60 s.
        #expect(schedule.succeeded(rateLimit: RateLimit(limit: 600, remaining: 5, reset: 1120), now: 1000) == 60)
        // Budget spent: wait for the reset.
        #expect(schedule.succeeded(rateLimit: RateLimit(limit: 600, remaining: 0, reset: 1030), now: 1000) == 31)
        // Never faster than the interval.
        #expect(schedule.succeeded(rateLimit: RateLimit(limit: 600, remaining: 50, reset: 1002), now: 1000) == 5)
    }
}
