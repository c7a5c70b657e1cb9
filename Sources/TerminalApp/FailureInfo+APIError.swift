import SendGridAPI
import TerminalUI

extension FailureInfo {
    /// The operator-facing sentence of an API error (the client has already redacted any secret).
    init(_ error: APIError) {
        self.init(message: error.message, isTransient: error.isTransient)
    }
}

extension RateLimitInfo {
    init?(_ rateLimit: RateLimit?) {
        guard let rateLimit else { return nil }
        self.init(limit: rateLimit.limit, remaining: rateLimit.remaining, reset: rateLimit.reset)
    }
}
