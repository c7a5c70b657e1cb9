/// One target's pace: its interval when all is well and exponential backoff after failures. Pure; part of
/// `PollStatus` (one per target), so the reducer decides every delay and the runtime only runs the timer it is
/// given. The rate-limit slow-down (`RatePace`) comes on top of a success's delay.
public struct PollSchedule: Hashable, Sendable {
    public static let minimumInterval = 1
    public static let maximumBackoff = 60

    /// Seconds between polls of this target when all is well.
    public let interval: Int
    /// The first retry after a failure; doubled at each further failure, up to `maximumBackoff`. The activity's
    /// interval for both targets, so that a list that fails to load is retried as soon as the activity would be.
    public let retryInterval: Int
    /// Consecutive failed polls.
    public private(set) var failures = 0

    public init(interval: Int, retryInterval: Int? = nil) {
        self.interval = max(PollSchedule.minimumInterval, interval)
        self.retryInterval = max(PollSchedule.minimumInterval, min(self.interval, retryInterval ?? self.interval))
    }

    /// Records a successful poll; returns the delay until the next one, stretched by `pace`.
    public mutating func succeeded(pace: RatePace = .normal) -> Int {
        failures = 0
        return pace.delay(for: interval)
    }

    /// Records a failed poll; returns the delay until the retry (doubling, capped at `maximumBackoff`).
    public mutating func failed() -> Int {
        failures += 1
        let exponent = min(failures - 1, 10)
        return min(PollSchedule.maximumBackoff, retryInterval << exponent)
    }
}
