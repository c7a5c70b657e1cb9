import AccessCore
import HTTPTypes
import OpenAPIRuntime

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Records the status and `X-RateLimit-Limit/Remaining/Reset` of every response into a `ResponseCapture`.
struct RateLimitMiddleware: ClientMiddleware {
    static let limitName = HTTPField.Name("x-ratelimit-limit")!
    static let remainingName = HTTPField.Name("x-ratelimit-remaining")!
    static let resetName = HTTPField.Name("x-ratelimit-reset")!

    let capture: ResponseCapture

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let (response, responseBody) = try await next(request, body, baseURL)
        capture.record(RateLimitMiddleware.snapshot(of: response))
        return (response, responseBody)
    }

    static func snapshot(of response: HTTPResponse) -> ResponseCapture.Snapshot {
        let fields = response.headerFields
        let limit = fields[limitName].flatMap(integer)
        let remaining = fields[remainingName].flatMap(integer)
        let reset = fields[resetName].flatMap(integer)
        var rateLimit: RateLimit?
        if let limit, let remaining, let reset {
            rateLimit = RateLimit(limit: Int(clamping: limit), remaining: Int(clamping: remaining), reset: reset)
        }
        return .init(status: response.status.code, rateLimit: rateLimit, reset: reset)
    }

    /// A non-negative integer header value; anything else (garbage, negative, fractions) is ignored.
    static func integer(_ text: String) -> Int64? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let value = Int64(trimmed), value >= 0 else { return nil }
        return value
    }
}
