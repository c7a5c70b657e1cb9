/// The engine's answer: what to send, after how long, and how to (mis)deliver it.
public struct SimulatorResponse: Sendable, Hashable {
    public enum Delivery: Sendable, Hashable {
        /// Send the response as it is.
        case normal
        /// Announce the full `Content-Length`, send the first `keep` bytes of the body, then close.
        case truncated(keep: Int)
        /// Reset the connection without answering.
        case connectionReset
    }

    public var status: Int
    /// Header values by canonical name ("Content-Type", "X-RateLimit-Remaining").
    public var headers: [String: String]
    public var body: [UInt8]
    /// Wait this long before answering (latency fault).
    public var delay: Duration = .zero
    public var delivery: Delivery = .normal

    public init(status: Int, headers: [String: String] = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The body as UTF-8 text (for tests and logs).
    public var bodyText: String { String(decoding: body, as: UTF8.self) }

    static func json(_ status: Int, _ value: JSONValue) -> SimulatorResponse {
        SimulatorResponse(status: status, headers: ["Content-Type": "application/json"], body: value.bytes)
    }

    static func noContent() -> SimulatorResponse { SimulatorResponse(status: 204) }

    /// SendGrid's error format: `{"errors":[{"field":…,"message":…}]}`, one entry per problem.
    static func errors(_ status: Int, _ problems: [(field: String?, message: String)]) -> SimulatorResponse {
        let items = problems.map { problem in
            JSONValue.object([
                JSONField("field", problem.field.map(JSONValue.string) ?? .null),
                JSONField("message", .string(problem.message)),
            ])
        }
        return json(status, .object([JSONField("errors", .array(items))]))
    }

    static func error(_ status: Int, field: String? = nil, _ message: String) -> SimulatorResponse {
        errors(status, [(field, message)])
    }

    /// The exact body SendGrid sends for a missing, unknown or revoked key.
    static let unauthorized = json(
        401,
        .object([
            JSONField(
                "errors",
                .array([
                    .object([
                        JSONField(
                            "message", .string("The provided authorization grant is invalid, expired, or revoked")),
                        JSONField("field", .null),
                        JSONField("help", .null),
                    ])
                ]))
        ]))

    /// 405 with the `Allow` header RFC 9110 requires: the methods the path supports.
    static func methodNotAllowed(allowed: [String]) -> SimulatorResponse {
        var response = error(405, "method not allowed")
        response.headers["Allow"] = allowed.joined(separator: ", ")
        return response
    }

    static let forbidden = error(403, "access forbidden")
    static let tooManyRequests = error(429, "too many requests")
}
