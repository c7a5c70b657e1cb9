import AccessCore

/// When to poll next: the configured interval (floor 1 s), exponential backoff after failures, and a slower pace
/// when `X-RateLimit-Remaining` runs low. Pure; part of `PollStatus`, so the reducer decides every delay and
/// the runtime only runs the timer it is given.
public struct PollSchedule: Hashable, Sendable {
    public static let minimumInterval = 1
    public static let maximumBackoff = 60

    /// Seconds between polls when all is well.
    public let interval: Int
    /// Consecutive failed polls.
    public private(set) var failures = 0

    public init(interval: Int) {
        self.interval = max(PollSchedule.minimumInterval, interval)
    }

    /// Records a successful poll; returns the delay until the next one.
    /// When fewer than a tenth of the rate-limit budget remains, the remaining requests are spread until `reset`.
    public mutating func succeeded(rateLimit: RateLimit?, now: Int64) -> Int {
        failures = 0
        guard let rateLimit, rateLimit.limit > 0, rateLimit.remaining * 10 < rateLimit.limit else { return interval }
        let untilReset = Int(max(0, rateLimit.reset - now))
        // Each poll costs two requests (list + activity); keep one request back for the operator's own changes.
        let pollsLeft = max(0, rateLimit.remaining - 1) / 2
        let spread = pollsLeft == 0 ? untilReset + 1 : untilReset / pollsLeft
        return min(PollSchedule.maximumBackoff * 5, max(interval, spread))
    }

    /// Records a failed poll; returns the delay until the retry (doubling, capped at `maximumBackoff`).
    public mutating func failed() -> Int {
        failures += 1
        let exponent = min(failures - 1, 10)
        return min(PollSchedule.maximumBackoff, interval << exponent)
    }
}
