/// A fixed-window budget: `limit` requests per window, the window starting at the first request after the last one.
struct RateLimiter: Sendable {
    struct Verdict: Sendable {
        let allowed: Bool
        let limit: Int
        let remaining: Int
        /// Unix seconds when the window ends.
        let reset: Int64

        var headers: [String: String] {
            [
                "X-RateLimit-Limit": String(limit), "X-RateLimit-Remaining": String(remaining),
                "X-RateLimit-Reset": String(reset),
            ]
        }
    }

    let budget: SimulatorRateLimit
    private var windowStart: Int64 = .min
    private var used = 0

    init(budget: SimulatorRateLimit) { self.budget = budget }

    /// Spends one request if the budget allows it.
    mutating func consume(now: Int64) -> Verdict {
        let window = Int64(budget.windowSeconds)
        if windowStart == .min || now >= windowStart + window {
            windowStart = now
            used = 0
        }
        let allowed = used < budget.limit
        if allowed { used += 1 }
        return Verdict(
            allowed: allowed, limit: budget.limit, remaining: budget.limit - used, reset: windowStart + window)
    }
}
