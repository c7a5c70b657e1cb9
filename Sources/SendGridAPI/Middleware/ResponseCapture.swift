import AccessCore
import Synchronization

/// What one attempt learned from the response head: the status and the rate-limit headers. Filled by
/// `RateLimitMiddleware`, read by the client after the generated code has decoded (or failed to decode) the body.
final class ResponseCapture: Sendable {
    struct Snapshot: Sendable, Equatable {
        var status: Int?
        var rateLimit: RateLimit?
        /// `X-RateLimit-Reset` alone, even when the other two headers are missing.
        var reset: Int64?
    }

    private let state = Mutex(Snapshot())

    var snapshot: Snapshot { state.withLock { $0 } }

    func record(_ snapshot: Snapshot) {
        state.withLock { $0 = snapshot }
    }
}
