import AccessCore

/// Every way a call can fail. `message` is a sentence saying what happened and what to do next;
/// it never contains the API key.
public enum APIError: Error, Hashable, Sendable {
    /// 400: SendGrid refused the input; `messages` are its `errors[].message`.
    case badRequest(messages: [String])
    /// 401: the key is invalid, expired or revoked.
    case unauthorized(messages: [String])
    /// 403 with a scope problem: the key lacks the scope needed for `operation`.
    case forbidden(messages: [String], operation: String)
    /// 404: the rule (or the on-behalf-of account) does not exist.
    case notFound(messages: [String])
    /// 429 after retries ran out (GET) or on a non-retried call; `reset` is when the budget refills.
    case rateLimited(messages: [String], reset: Int64?)
    /// 5xx after retries ran out.
    case server(status: Int, messages: [String])
    /// Any other status.
    case unexpectedStatus(status: Int, messages: [String])
    /// No answer in time; `url` is the request's `scheme://host[:port]/path` when known.
    case timeout(seconds: Int, url: String? = nil)
    /// Could not connect (refused, DNS, TLS, reset): `reason` says what happened in words, `url` is the request's
    /// `scheme://host[:port]/path` when known, `next` what to do about it (nil: the generic advice).
    /// `NetworkFailure` builds these from the transport's errors.
    case connection(reason: String, url: String? = nil, next: String? = nil)
    /// The answer to `request` ("GET /v3/access_settings/whitelist") was longer than `maxBytes`
    /// (`ResponseLimits`): reading stopped there and nothing of it was used.
    case tooLarge(request: String, maxBytes: Int)
    /// The answer to `request` held more than `maxRows` rules or rows (`ResponseLimits`); nothing of it was used.
    case tooManyRows(request: String, maxRows: Int)
    /// The body could not be decoded.
    case undecodable(reason: String)
    /// The job's `Deadline` (`--timeout`) would pass before it could finish: `waiting` says what was next
    /// ("waiting 43 s for SendGrid's rate limit to reset at 14:03:20 UTC"), `last` is the message of the failure
    /// that asked for it (empty when there was none).
    case deadlineExceeded(seconds: Int, waiting: String, last: String)
    /// A POST failed in a way that leaves its effect unknown; the list was re-read afterwards.
    case addUncertain(landed: [String], missing: [String], cause: String)
}
