import AccessCore
import Foundation
import Logging
import OpenAPIRuntime

/// The `AccessSettingsService` over HTTP, on the generated client. Every result carries the rate-limit headers;
/// errors are `APIError`s with redacted, sanitised texts; GET and DELETE are retried per `ClientConfiguration.retry`;
/// POST is never retried, and is reconciled against a fresh list when its outcome is unknown.
public struct SendGridClient: AccessSettingsService {
    /// Waits for a retry; tests inject one that returns at once and records the delay.
    public typealias Sleep = @Sendable (Duration) async throws -> Void
    /// A uniform random number in 0..<1 (jitter).
    public typealias RandomUnit = @Sendable () -> Double
    /// Unix seconds now (for `X-RateLimit-Reset`).
    public typealias UnixClock = @Sendable () -> Int64

    public let configuration: ClientConfiguration
    let transport: any ClientTransport
    let logger: Logger
    let redactor: Redactor
    let sleep: Sleep
    let random: RandomUnit
    let now: UnixClock
    /// The last list decoded, so that an unchanged body is not decoded again (shared by copies of this client).
    let listMemo = ListMemo()

    /// - Parameters:
    ///   - transport: nil uses `configuration.transport` (AsyncHTTPClient by default) with
    ///     `configuration.requestTimeout`, accepting gzip.
    ///   - logger: receives `.debug` request/response lines, `.trace` headers and bodies and `.info` retry notes,
    ///     all redacted. nil uses `configuration.logger` (by default one that discards everything, so that nothing
    ///     reaches stderr under curses).
    public init(
        configuration: ClientConfiguration,
        transport: (any ClientTransport)? = nil,
        logger: Logger? = nil,
        sleep: @escaping Sleep = { try await Task.sleep(for: $0) },
        random: @escaping RandomUnit = { Double.random(in: 0..<1) },
        now: @escaping UnixClock = { Int64(Date().timeIntervalSince1970) }
    ) {
        self.configuration = configuration
        self.transport =
            transport
            ?? configuration.transport.make(
                timeout: configuration.requestTimeout, maxDecodedBytes: configuration.responseLimits.maxBytes)
        self.logger = logger ?? configuration.logger
        self.redactor = Redactor(key: configuration.apiKey)
        self.sleep = sleep
        self.random = random
        self.now = now
    }

    /// A generated client wired with this configuration's middlewares; `capture` receives the response head.
    func generatedClient(capture: ResponseCapture) -> Client {
        // Outermost first: error statuses are thrown after the head is captured and the exchange logged.
        var middlewares: [any ClientMiddleware] = [
            BodyDigestMiddleware(memo: listMemo, maxBytes: configuration.responseLimits.maxBytes),
            ErrorStatusMiddleware(),
            RateLimitMiddleware(capture: capture),
        ]
        if let value = configuration.onBehalfOf, !value.isEmpty {
            middlewares.append(OnBehalfOfMiddleware(value: value))
        }
        middlewares.append(BearerAuthMiddleware(key: configuration.apiKey))
        middlewares.append(LoggingMiddleware(logger: logger, redactor: redactor))
        // Innermost, next to the transport: the cap holds for what the logger reads too.
        middlewares.append(ResponseSizeMiddleware(maxBytes: configuration.responseLimits.maxBytes))
        return Client(serverURL: configuration.baseURL, transport: transport, middlewares: middlewares)
    }

    // MARK: AccessSettingsService

    public func listRules() async throws(APIError) -> APIResult<[AllowRule]> {
        try await run(.listRules) { client in
            try capped(try await listedRules(client))
        }.get()
    }

    public func rule(id: Int) async throws(APIError) -> APIResult<AllowRule> {
        try await run(.getRule) { client in
            try await ResponseMapping.rule(from: client.getAllowedIp(path: .init(ruleId: String(id))), id: id)
        }.get()
    }

    /// An empty `ips` sends nothing and returns no rules.
    public func addRules(_ ips: [String]) async throws(APIError) -> APIResult<[AllowRule]> {
        if ips.isEmpty { return APIResult(value: [], rateLimit: nil) }
        return try await add(ips)
    }

    public func removeRule(id: Int) async throws(APIError) -> APIResult<Void> {
        try await run(.removeRule, valueWhenGone: ()) { client in
            _ = try await client.deleteAllowedIp(path: .init(ruleId: String(id)))  // any 2xx: removed
        }.get()
    }

    /// An empty `ids` sends nothing: what SendGrid does with an empty bulk delete is not documented.
    public func removeRules(ids: [Int]) async throws(APIError) -> APIResult<Void> {
        if ids.isEmpty { return APIResult(value: (), rateLimit: nil) }
        // A retry after a lost answer gets 404 for the ids the first attempt removed: done if none is left.
        return try await run(.removeRules, valueWhenGone: (), confirmGone: { await noneRemain(of: ids) }) { client in
            _ = try await client.deleteAllowedIps(body: .json(.init(ids: ids)))  // any 2xx: removed
        }.get()
    }

    /// True when a fresh list holds none of `ids`; false when it holds one or cannot be read.
    func noneRemain(of ids: [Int]) async -> Bool {
        let reread = await run(.listRules) { client in try await listedRules(client) }
        guard case .success(let list) = reread else { return false }
        let doomed = Set(ids)
        return !list.value.contains { doomed.contains($0.id) }
    }

    /// `rows`, unless there are more than `ResponseLimits.maxRows`.
    func capped<Row>(_ rows: [Row]) throws -> [Row] {
        let limit = configuration.responseLimits.maxRows
        guard rows.count <= limit else { throw ResponseTooLarge(limit: .rows(limit)) }
        return rows
    }

    public func activity(limit: Int) async throws(APIError) -> APIResult<[AccessAttempt]> {
        try await run(.activity) { client in
            try capped(try await ResponseMapping.attempts(from: client.listAccessActivity(query: .init(limit: limit))))
        }.get()
    }
}
