import AccessCore

/// Everything about polling, as state: what the header shows, each target's schedule and due time, the armed
/// timer and the GETs in flight. The activity is polled at `AppConfig.pollInterval`, the allow list (large,
/// changed only by edits) at `AppConfig.listInterval`; one timer is armed for whichever is due first. Only
/// `reduce` changes it; the runtime runs the timers and requests the reducer asks for.
public struct PollStatus: Hashable, Sendable {
    /// Unix seconds of the last successful GET.
    public var lastSuccess: Int64?
    public var paused = false
    /// The last rate-limit headers seen, from either GET.
    public var rateLimit: RateLimit?
    /// The pace the rate-limit budget allows (computed at every successful answer).
    public var pace: RatePace = .normal
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
    /// True when the longest wait is a change's: the client may try a DELETE again (it is idempotent) or re-read
    /// the list after a POST whose answer was lost, so a change can wait longer than one request's timeout.
    public var longestWaitIsAChange: Bool {
        guard let oldest = waitingSince else { return false }
        return outstanding[.change] == oldest
    }
    /// The activity's pace: its interval and backoff after failures.
    public var activitySchedule: PollSchedule
    /// The allow list's pace: its (longer) interval and backoff after failures.
    public var listSchedule: PollSchedule
    /// When each target is next due (Unix seconds); a target without an entry is due at once.
    public var due: [PollTarget: Int64] = [:]
    /// When each target last answered (success or failure), from which a slow-down stretches its due time.
    public var answeredAt: [PollTarget: Int64] = [:]
    /// The generation of the armed poll timer; a `.pollDue` of another generation is stale and ignored.
    public var generation = 0
    /// When the armed timer fires (Unix seconds); nil while paused or before the first answer.
    public var nextPollAt: Int64?
    /// GETs sent and not yet answered.
    public var inFlight: Set<PollTarget> = []
    /// GETs asked for while the same one was in flight: each runs once more after it, so the answer is fresh.
    public var queued: Set<PollTarget> = []

    /// `interval` for the activity, `listInterval` for the allow list (never shorter than `interval`).
    public init(interval: Int = 5, listInterval: Int = 60) {
        activitySchedule = PollSchedule(interval: interval)
        listSchedule = PollSchedule(interval: max(interval, listInterval), retryInterval: interval)
    }

    /// The schedule of `target`.
    public subscript(schedule target: PollTarget) -> PollSchedule {
        get { target == .rules ? listSchedule : activitySchedule }
        set { if target == .rules { listSchedule = newValue } else { activitySchedule = newValue } }
    }

    /// The configured intervals of both targets, as `RatePace` counts them.
    public var intervals: [Int] { [listSchedule.interval, activitySchedule.interval] }

    /// Whether `target` is due at `time`: never read, or its due time has come.
    public func isDue(_ target: PollTarget, at time: Int64) -> Bool {
        due[target].map { $0 <= time } ?? true
    }

    /// When the failing GET the header shows is retried (Unix seconds); nil while paused or when all is well.
    public var retryAt: Int64? {
        guard !paused else { return nil }
        let failing: PollTarget? = rulesFailure != nil ? .rules : activityFailure != nil ? .activity : nil
        return failing.flatMap { due[$0] }
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
