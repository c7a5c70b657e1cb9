import AccessCore

/// The six IP Access Management operations in domain terms. `SendGridClient` implements it over HTTP;
/// tests and the terminal app may use any other implementation.
public protocol AccessSettingsService: Sendable {
    /// GET /v3/access_settings/whitelist
    func listRules() async throws(APIError) -> APIResult<[AllowRule]>
    /// GET /v3/access_settings/whitelist/{rule_id}
    func rule(id: Int) async throws(APIError) -> APIResult<AllowRule>
    /// POST /v3/access_settings/whitelist. Never retried blindly: on a timeout or 5xx the client re-reads the
    /// list and throws `APIError.addUncertain` saying which entries landed.
    func addRules(_ ips: [String]) async throws(APIError) -> APIResult<[AllowRule]>
    /// DELETE /v3/access_settings/whitelist/{rule_id}
    func removeRule(id: Int) async throws(APIError) -> APIResult<Void>
    /// DELETE /v3/access_settings/whitelist with `{"ids": [...]}`
    func removeRules(ids: [Int]) async throws(APIError) -> APIResult<Void>
    /// GET /v3/access_settings/activity?limit=
    func activity(limit: Int) async throws(APIError) -> APIResult<[AccessAttempt]>
}

/// A successful answer and the rate-limit state the response carried.
public struct APIResult<Value: Sendable>: Sendable {
    public let value: Value
    public let rateLimit: RateLimit?

    public init(value: Value, rateLimit: RateLimit?) {
        self.value = value
        self.rateLimit = rateLimit
    }
}

extension APIResult: Equatable where Value: Equatable {}

/// `X-RateLimit-Limit`, `X-RateLimit-Remaining`, `X-RateLimit-Reset` (Unix seconds).
public struct RateLimit: Hashable, Sendable {
    public let limit: Int
    public let remaining: Int
    public let reset: Int64

    public init(limit: Int, remaining: Int, reset: Int64) {
        self.limit = limit
        self.remaining = remaining
        self.reset = reset
    }
}
