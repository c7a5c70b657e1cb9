import AccessCore
import Testing

@testable import TerminalUI

@Suite struct PollScheduleTests {
    @Test func intervalHasAOneSecondFloor() {
        #expect(PollSchedule(interval: 0).interval == 1)
        #expect(PollSchedule(interval: -5).interval == 1)
        #expect(PollSchedule(interval: 5).interval == 5)
        #expect(PollSchedule(interval: 60, retryInterval: 0).retryInterval == 1)
    }

    @Test func successKeepsTheIntervalUnlessThePaceStretchesIt() {
        var schedule = PollSchedule(interval: 5)
        #expect(schedule.succeeded() == 5)
        #expect(schedule.succeeded(pace: .stretched(2)) == 10)
        #expect(schedule.succeeded(pace: .waitForReset(seconds: 31)) == 31)
    }

    @Test func failuresBackOffExponentiallyUpToTheCap() {
        var schedule = PollSchedule(interval: 5)
        #expect(
            [schedule.failed(), schedule.failed(), schedule.failed(), schedule.failed(), schedule.failed()]
                == [5, 10, 20, 40, 60])
        #expect(schedule.failed() == 60)
    }

    @Test func theListBacksOffFromTheActivityIntervalNotItsOwn() {
        var list = PollSchedule(interval: 60, retryInterval: 5)
        #expect([list.failed(), list.failed(), list.failed(), list.failed(), list.failed()] == [5, 10, 20, 40, 60])
        #expect(list.succeeded() == 60, "a success goes back to the list's own interval")
        #expect(PollSchedule(interval: 3, retryInterval: 5).retryInterval == 3, "never retried slower than polled")
    }

    @Test func successAfterFailuresResetsTheBackoff() {
        var schedule = PollSchedule(interval: 2)
        _ = schedule.failed()
        _ = schedule.failed()
        #expect(schedule.succeeded() == 2)
        #expect(schedule.failed() == 2)
    }
}
