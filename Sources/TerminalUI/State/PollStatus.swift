import AccessCore

/// Everything about polling, as state: what the header shows, the schedule, the armed timer and the GETs in
/// flight. Only `reduce` changes it; the runtime runs the timers and requests the reducer asks for.
public struct PollStatus: Hashable, Sendable {
    /// Unix seconds of the last successful GET.
    public var lastSuccess: Int64?
    public var paused = false
    /// When the next poll runs after `failure` (Unix seconds).
    public var retryAt: Int64?
    public var rateLimit: RateLimit?
    /// The last failure of each GET, cleared by its next success: a pane that cannot load says why.
    public var rulesFailure: FailureInfo?
    public var activityFailure: FailureInfo?
    /// A request to SendGrid that may be outstanding: one of the GETs, the re-read before a change, the change.
    public enum Request: Hashable, Sendable { case get(PollTarget), recheck, change }
    /// When each outstanding request was sent (Unix seconds).
    public var outstanding: [Request: Int64] = [:]
    /// Since when the oldest outstanding request has waited (nil: none is). Each request counts from its own
    /// start, so a re-read followed by the change never reads as one long wait past the timeout.
    public var waitingSince: Int64? { outstanding.values.min() }
    /// The pace: interval, backoff after failures, slow-down near the rate limit.
    public var schedule: PollSchedule
    /// The generation of the armed poll timer; a `.pollDue` of another generation is stale and ignored.
    public var generation = 0
    /// When the armed timer fires (Unix seconds); nil while paused or before the first answer.
    public var nextPollAt: Int64?
    /// GETs sent and not yet answered.
    public var inFlight: Set<PollTarget> = []
    /// GETs asked for while the same one was in flight: each runs once more after it, so the answer is fresh.
    public var queued: Set<PollTarget> = []

    public init(interval: Int = 5) {
        schedule = PollSchedule(interval: interval)
    }

    /// Seconds a request has been outstanding at `now`, when it is long enough to show (more than 2 s).
    public func waitingSeconds(at now: Int64) -> Int64? {
        guard let since = waitingSince, now - since > 2 else { return nil }
        return now - since
    }

    /// The failure the header shows: the list's, else the activity's; each is cleared by its own next success
    /// (an activity that answers does not hide a list that fails).
    public var failure: FailureInfo? { rulesFailure ?? activityFailure }

    /// True while the data on screen is the last good copy of a failing API.
    public var isStale: Bool { failure != nil }
}
