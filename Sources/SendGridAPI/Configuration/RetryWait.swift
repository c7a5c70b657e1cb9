/// A wait the client is about to start before retrying `operation`; `notice` is the sentence to show.
public struct RetryWait: Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        /// 429: SendGrid's budget refills at `reset` (Unix seconds), when known.
        case rateLimited(reset: Int64?)
        /// A transient failure (5xx, timeout, lost connection), retried with backoff; `summary` names it.
        case transient(summary: String)
    }

    public var operation: APIOperation
    public var reason: Reason
    /// How long the client will wait.
    public var delay: Duration
    /// The attempt that comes after the wait (2 for the first retry).
    public var nextAttempt: Int
    /// Unix seconds when the wait ends.
    public var until: Int64

    public init(operation: APIOperation, reason: Reason, delay: Duration, nextAttempt: Int, until: Int64) {
        self.operation = operation
        self.reason = reason
        self.delay = delay
        self.nextAttempt = nextAttempt
        self.until = until
    }

    /// The wait in whole seconds, rounded up (what an operator is told).
    public var seconds: Int64 { RetryWait.roundedUp(delay) }

    /// "rate limited by SendGrid until 14:03:20 UTC; waiting 43 s (Ctrl-C to stop)", or for a transient
    /// failure "SendGrid: server error 503; retrying in 2 s (attempt 2, Ctrl-C to stop)".
    public var notice: String {
        switch reason {
        case .rateLimited:
            return "rate limited by SendGrid until \(APIError.utcClock(until)); waiting \(seconds) s (Ctrl-C to stop)"
        case .transient(let summary):
            return "SendGrid: \(summary); retrying in \(seconds) s (attempt \(nextAttempt), Ctrl-C to stop)"
        }
    }

    /// What the wait was for, as the cause of `APIError.deadlineExceeded`.
    var cause: String {
        switch reason {
        case .rateLimited:
            return "waiting \(seconds) s for SendGrid's rate limit to reset at \(APIError.utcClock(until))"
        case .transient:
            return "waiting \(seconds) s to retry"
        }
    }

    /// Whole seconds of `duration`, rounded up.
    static func roundedUp(_ duration: Duration) -> Int64 {
        let parts = duration.components
        return parts.seconds + (parts.attoseconds > 0 ? 1 : 0)
    }
}
