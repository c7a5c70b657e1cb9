import Foundation

/// Everything a `SendGridClient` needs. CONTRACT: fields may grow, existing ones stay.
public struct ClientConfiguration: Sendable {
    /// Host without the `/v3` path: a region's URL, or an override such as the simulator's `http://127.0.0.1:PORT`.
    public var baseURL: URL
    public var apiKey: APIKey
    /// `on-behalf-of` header: a subuser name or `account-id N`; nil sends none.
    public var onBehalfOf: String?
    /// Per-request timeout in whole seconds (URLSession on Linux ignores fractions).
    public var timeoutSeconds: Int
    /// When and how failed requests are retried.
    public var retry: RetryPolicy

    public init(
        baseURL: URL, apiKey: APIKey, onBehalfOf: String? = nil, timeoutSeconds: Int = 10,
        retry: RetryPolicy = .standard
    ) {
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.onBehalfOf = onBehalfOf
        self.timeoutSeconds = timeoutSeconds
        self.retry = retry
    }
}
