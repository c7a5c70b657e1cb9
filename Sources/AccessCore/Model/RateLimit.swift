/// SendGrid's rate-limit state as the last response announced it: `X-RateLimit-Limit`, `X-RateLimit-Remaining`
/// and `X-RateLimit-Reset` (Unix seconds, when the budget refills). The client reads it off every response, the
/// app's header shows it and the poll schedule slows down when `remaining` runs low.
public struct RateLimit: Hashable, Sendable {
    /// Requests allowed per window (`X-RateLimit-Limit`).
    public let limit: Int
    /// Requests left in this window (`X-RateLimit-Remaining`).
    public let remaining: Int
    /// When the window ends, in Unix seconds (`X-RateLimit-Reset`).
    public let reset: Int64

    public init(limit: Int, remaining: Int, reset: Int64) {
        self.limit = limit
        self.remaining = remaining
        self.reset = reset
    }
}
