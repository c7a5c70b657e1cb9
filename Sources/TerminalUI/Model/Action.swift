import AccessCore

/// Everything that can happen to the app, as a value. The runtime turns keys, signals, the clock and API answers
/// into actions and feeds them, one at a time on the main actor, to `reduce(_:_:)`.
///
/// Runtime contract:
/// - Send `.tick(now:)` at least once a second (Unix seconds from the injected clock). Ages on screen are
///   coarse, so the rendered grid changes at most once a minute unless a retry countdown is shown; compare the
///   new grid with the previous one and skip the backend when they are equal.
/// - Send `.resize` once at start and on every SIGWINCH (after `resizeterm`), before rendering.
/// - Poll on your own timer (unless paused, see `Effect.setPollPaused`): GET the list and the activity and send
///   `.rulesLoaded` / `.activityLoaded`, or `.pollFailed` with the delay of your next retry (your backoff).
///   Also fetch when the reducer returns `.fetchRules` / `.fetchActivity`.
/// - For `Effect.add` / `Effect.remove` perform the call off the main actor and send exactly one
///   `.mutationFinished` with the same `Mutation` value.
/// - For `Effect.schedule(after:_:)` send the carried action after that many seconds.
public enum Action: Hashable, Sendable {
    /// A decoded key press. `Key.resize` is treated like `.resize`.
    case key(Key)
    /// The terminal now has this many columns and rows.
    case resize(width: Int, height: Int)
    /// The clock, in Unix seconds. Everything relative on screen is computed against the last tick.
    case tick(now: Int64)
    /// A successful GET of the allow list at `now`. Text is sanitised here, once.
    case rulesLoaded([AllowRule], rateLimit: RateLimit?, now: Int64)
    /// A successful GET of the recent access activity at `now`.
    case activityLoaded([AccessAttempt], rateLimit: RateLimit?, now: Int64)
    /// A poll of `target` failed; the runtime retries after `retryIn` seconds (nil: it will not retry by itself).
    /// The last good data stays on screen, marked stale.
    case pollFailed(FailureInfo, retryIn: Int?, now: Int64, target: PollTarget = .rules)
    /// The re-read of the list that `Effect.recheck` asked for, right before the change is sent.
    case recheckLoaded(Mutation, [AllowRule], now: Int64)
    /// The re-read before a change failed: nothing is sent.
    case recheckFailed(Mutation, FailureInfo, now: Int64)
    /// Some request to SendGrid has been outstanding since this time (nil: none is). Sent when it changes.
    case waiting(since: Int64?)
    /// An `Effect.add` or `Effect.remove` finished.
    case mutationFinished(Mutation, MutationResult)
    /// The info flash with this id may fade (sent back from `Effect.schedule`).
    case flashExpired(id: Int)
    /// The log file stopped accepting writes; the sentence says which and why. Shown once as an error flash
    /// (sanitised here); the app carries on without the log.
    case logWriteFailed(String)
    /// SIGINT/SIGTERM/SIGHUP or end of input: leave without performing anything pending.
    case terminate
}

/// Which GET a poll result is about.
public enum PollTarget: Hashable, Sendable {
    case rules, activity
}
