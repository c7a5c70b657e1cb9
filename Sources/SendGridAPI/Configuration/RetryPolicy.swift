/// How the client retries. GET and DELETE are retried after 5xx, timeouts and connection failures with capped
/// exponential backoff and full jitter; GET is also retried after 429, waiting until `X-RateLimit-Reset`
/// (clamped to `rateLimitWait`, plus up to `rateLimitJitter` of jitter). POST is never retried.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in total, including the first (1 disables retries).
    public var maxAttempts: Int
    /// Backoff ceiling before the second attempt; it doubles for each further attempt.
    public var baseDelay: Duration
    /// Largest backoff ceiling.
    public var maxDelay: Duration
    /// Bounds, in whole seconds, on the wait for a rate-limit reset.
    public var rateLimitWait: ClosedRange<Int>
    /// Largest random extra wait after a rate-limit reset (spreads clients that share a budget).
    public var rateLimitJitter: Duration

    public init(
        maxAttempts: Int = 4,
        baseDelay: Duration = .milliseconds(500),
        maxDelay: Duration = .seconds(8),
        rateLimitWait: ClosedRange<Int> = 1...60,
        rateLimitJitter: Duration = .seconds(1)
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.rateLimitWait = rateLimitWait
        self.rateLimitJitter = rateLimitJitter
    }

    public static let standard = RetryPolicy()
    /// One attempt only.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// Full-jitter backoff after failed attempt number `attempt` (1-based): uniform in 0…min(max, base·2^(attempt-1)).
    /// `unit` is a random number in 0..<1.
    public func backoff(afterAttempt attempt: Int, unit: Double) -> Duration {
        let doublings = min(max(attempt - 1, 0), 30)
        let ceiling = min(maxDelay, baseDelay * (1 << doublings))
        return ceiling * clampUnit(unit)
    }

    /// Wait before retrying a 429: until `reset` (Unix seconds) as seen at `now`, clamped, plus jitter.
    public func rateLimitDelay(reset: Int64, now: Int64, unit: Double) -> Duration {
        let seconds = min(max(reset - now, Int64(rateLimitWait.lowerBound)), Int64(rateLimitWait.upperBound))
        return .seconds(seconds) + rateLimitJitter * clampUnit(unit)
    }

    private func clampUnit(_ unit: Double) -> Double {
        unit.isFinite ? min(max(unit, 0), 1) : 0
    }
}
