import AccessCore
import Testing

@testable import TerminalUI

/// The rate-limit budget: the polls slow down so that what remains, less the reserve, lasts until the reset.
@Suite struct RatePaceTests {
    static let now: Int64 = 1_000_000

    static func pace(remaining: Int, limit: Int = 600, resetIn: Int64, intervals: [Int] = [5]) -> RatePace {
        RatePace(
            rateLimit: RateLimit(limit: limit, remaining: remaining, reset: now + resetIn), now: now,
            intervals: intervals)
    }

    @Test func withoutUsableHeadersThePaceIsNormal() {
        #expect(RatePace(rateLimit: nil, now: Self.now, intervals: [5, 60]) == .normal)
        #expect(Self.pace(remaining: 0, limit: 0, resetIn: 60) == .normal, "no limit announced")
        #expect(Self.pace(remaining: 0, resetIn: 0) == .normal, "the window has reset: a fresh budget")
        #expect(Self.pace(remaining: 0, resetIn: -5) == .normal)
    }

    @Test func theReserveIsATwentiethOfTheLimitAtLeastFive() {
        #expect(RatePace.reserve(limit: 600) == 30)
        #expect(RatePace.reserve(limit: 100) == 5)
        #expect(RatePace.reserve(limit: 10) == 5)
    }

    @Test func theBoundaryIsWhereTheBudgetStopsLastingUntilTheReset() {
        // One request every 5 s for 100 s needs 20; the reserve of 600 is 30.
        #expect(Self.pace(remaining: 51, resetIn: 100) == .normal)
        #expect(Self.pace(remaining: 50, resetIn: 100) == .normal, "exactly enough: 20 usable for 20 needed")
        let slowed = Self.pace(remaining: 49, resetIn: 100)
        #expect(slowed.isSlowed)
        #expect(slowed.delay(for: 5) == 6)
        #expect(Self.pace(remaining: 31, resetIn: 100).delay(for: 5) == 100)
    }

    @Test func bothTargetsCountInTheRate() {
        // Activity every 5 s and the list every 60 s: 13 requests a minute.
        #expect(Self.pace(remaining: 43, resetIn: 60, intervals: [60, 5]) == .normal)
        #expect(Self.pace(remaining: 42, resetIn: 60, intervals: [60, 5]).isSlowed)
        #expect(Self.pace(remaining: 42, resetIn: 60, intervals: [5]) == .normal, "without the list it lasts")
    }

    @Test func onlyTheReserveLeftWaitsForTheReset() {
        let spent = Self.pace(remaining: 30, resetIn: 100)
        #expect(spent == .waitForReset(seconds: 101))
        #expect(spent.delay(for: 5) == 101 && spent.delay(for: 60) == 101)
        #expect(Self.pace(remaining: 0, resetIn: 100) == .waitForReset(seconds: 101))
        #expect(Self.pace(remaining: 0, resetIn: 100).delay(for: 120) == 120, "never faster than configured")
    }

    @Test func noDelayIsLongerThanFiveMinutes() {
        #expect(Self.pace(remaining: 0, resetIn: 3600).delay(for: 5) == RatePace.maximumDelay)
        #expect(Self.pace(remaining: 31, resetIn: 3600).delay(for: 5) == RatePace.maximumDelay)
    }

    @Test(arguments: [31, 35, 40, 45, 50, 60, 80, 120, 200])
    func theStretchedPaceNeverSpendsTheReserve(remaining: Int) {
        let intervals = [60, 5]
        let pace = Self.pace(remaining: remaining, resetIn: 120, intervals: intervals)
        let sent = intervals.reduce(0) { $0 + 120 / pace.delay(for: $1) }
        #expect(sent <= remaining - RatePace.reserve(limit: 600), "polls until the reset at the slowed pace")
    }
}
