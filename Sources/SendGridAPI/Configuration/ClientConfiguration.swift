import Foundation
import Logging

/// Everything a `SendGridClient` needs. CONTRACT: fields may grow, existing ones stay.
public struct ClientConfiguration: Sendable {
    /// Host without the `/v3` path: a region's URL, or an override such as the simulator's `http://127.0.0.1:PORT`.
    public var baseURL: URL
    public var apiKey: APIKey
    /// `on-behalf-of` header: a subuser name or `account-id N`; nil sends none.
    public var onBehalfOf: String?
    /// Per-request timeout in whole seconds, as users give it (`requestTimeout` is what the transport gets).
    public var timeoutSeconds: Int
    /// The HTTP stack: AsyncHTTPClient, or a kind a test or the measuring build registered (`SGACCESS_TRANSPORT`).
    public var transport: HTTPTransportKind
    /// A finer per-request timeout than `timeoutSeconds` (AsyncHTTPClient honours it; URLSession rounds it up to
    /// whole seconds); nil: `timeoutSeconds`. `SGACCESS_TIMEOUT_MS` sets it by default, for measurements.
    public var timeoutOverride: Duration?

    /// The timeout each request gets.
    public var requestTimeout: Duration { timeoutOverride ?? .seconds(max(1, timeoutSeconds)) }

    /// The timeout in whole seconds for messages: `timeoutSeconds`, or the override rounded up.
    var shownTimeoutSeconds: Int {
        guard let timeoutOverride else { return timeoutSeconds }
        let (seconds, attoseconds) = timeoutOverride.components
        return Int(seconds) + (attoseconds > 0 ? 1 : 0)
    }
    /// When and how failed requests are retried.
    public var retry: RetryPolicy
    /// Receives every request at `.debug` (method, path, status, milliseconds, rate-limit headers) and the
    /// bodies at `.trace`, redacted. The default discards everything.
    public var logger: Logger
    /// When the whole job must be over, retries and waits included; nil: no bound but the per-request timeout.
    public var deadline: Deadline?
    /// Told before every wait for a retry (a rate limit, a backoff), so a command can say why it is silent.
    /// Called on the client's task; the terminal app leaves it nil (it must not print on its screen).
    public var onRetryWait: (@Sendable (RetryWait) -> Void)?
    /// How much one answer may hold; past it the call fails with `APIError.tooLarge` / `.tooManyRows`.
    public var responseLimits: ResponseLimits

    public init(
        baseURL: URL, apiKey: APIKey, onBehalfOf: String? = nil, timeoutSeconds: Int = 10,
        retry: RetryPolicy = .standard,
        logger: Logger = Logger(label: "sgaccess.sendgrid", factory: { _ in SwiftLogNoOpLogHandler() }),
        deadline: Deadline? = nil, onRetryWait: (@Sendable (RetryWait) -> Void)? = nil,
        responseLimits: ResponseLimits = .standard,
        transport: HTTPTransportKind = HTTPTransportKind.fromProcess,
        timeoutOverride: Duration? = HTTPTransportKind.timeoutFromProcess
    ) {
        self.transport = transport
        self.timeoutOverride = timeoutOverride
        self.responseLimits = responseLimits
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.onRetryWait = onRetryWait
        self.onBehalfOf = onBehalfOf
        self.timeoutSeconds = timeoutSeconds
        self.retry = retry
        self.logger = logger
        self.deadline = deadline
    }
}
