import HTTPTypes
import Logging
import OpenAPIRuntime
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Logs each request and response through swift-log. It runs innermost (after auth), so it sees the real headers:
/// everything it logs passes through the `Redactor`, which removes the key and the `Authorization` value.
/// Levels: request/response lines at `.debug`, header dumps at `.trace`.
struct LoggingMiddleware: ClientMiddleware {
    let logger: Logger
    let redactor: Redactor

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let line = redactor.redact("\(request.method.rawValue) \(request.path ?? "")")
        logger.debug("request \(line)", metadata: ["operation": .string(operationID)])
        logger.trace("request headers", metadata: ["headers": .string(redacted(request.headerFields))])
        let started = ContinuousClock.now
        do {
            let (response, responseBody) = try await next(request, body, baseURL)
            let elapsed = ContinuousClock.now - started
            logger.debug("response \(response.status.code) for \(line)", metadata: [
                "operation": .string(operationID),
                "ms": .stringConvertible(Int(elapsed.components.seconds * 1000
                    + elapsed.components.attoseconds / 1_000_000_000_000_000)),
            ])
            logger.trace("response headers", metadata: ["headers": .string(redacted(response.headerFields))])
            return (response, responseBody)
        } catch {
            logger.debug("request failed: \(line)", metadata: [
                "operation": .string(operationID),
                "error": .string(redactor.redact(String(describing: error))),
            ])
            throw error
        }
    }

    private func redacted(_ fields: HTTPFields) -> String {
        let text = fields.map { field -> String in
            field.name == .authorization ? "\(field.name): \(Redactor.placeholder)" : "\(field.name): \(field.value)"
        }.joined(separator: ", ")
        return redactor.redact(text)
    }
}
