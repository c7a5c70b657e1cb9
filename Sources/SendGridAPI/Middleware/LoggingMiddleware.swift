import HTTPTypes
import Logging
import OpenAPIRuntime
import TerminalKit

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Logs each request and response through swift-log. It runs innermost (after auth), so it sees the real headers:
/// everything it logs passes through the `Redactor`, which removes the key and the `Authorization` value.
/// Levels: at `.debug` one line per request and one per response (method, path, status, milliseconds and the
/// `X-RateLimit-*` headers); at `.trace` also the headers and the bodies, cut at `bodyLogLimit` bytes.
struct LoggingMiddleware: ClientMiddleware {
    let logger: Logger
    let redactor: Redactor

    /// Most bytes of a body written to the log.
    static let bodyLogLimit = 4096
    /// Largest body buffered to be logged at `.trace` (a bigger one is passed on unlogged).
    static let bodyBufferLimit = 8 * 1024 * 1024

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let tracing = logger.logLevel <= .trace
        let line = redactor.redact("\(request.method.rawValue) \(request.path ?? "")")
        logger.debug("request \(line)", metadata: ["operation": .string(operationID)])
        var requestBody = body
        if tracing {
            logger.trace("request headers", metadata: ["headers": .string(redacted(request.headerFields))])
            requestBody = await logged(body, "request body", line)
        }
        let started = ContinuousClock.now
        do {
            let (response, responseBody) = try await next(request, requestBody, baseURL)
            logger.debug(
                "response \(response.status.code) for \(line)",
                metadata: responseMetadata(response, operationID: operationID, elapsed: ContinuousClock.now - started))
            guard tracing else { return (response, responseBody) }
            logger.trace("response headers", metadata: ["headers": .string(redacted(response.headerFields))])
            // A list body the transport left compressed for `BodyDigestMiddleware` is logged as it reads.
            let encoding = response.status.kind == .successful ? ListMemo.slot?.encoding : nil
            return (response, await logged(responseBody, "response body", line, compressed: encoding))
        } catch {
            logger.debug(
                "request failed: \(line)",
                metadata: [
                    "operation": .string(operationID),
                    "ms": .stringConvertible(Self.milliseconds(ContinuousClock.now - started)),
                    "error": .string(redactor.redact(String(describing: error))),
                ])
            throw error
        }
    }

    /// Operation, status, duration and whichever `X-RateLimit-*` headers the response carried.
    private func responseMetadata(_ response: HTTPResponse, operationID: String, elapsed: Duration) -> Logger.Metadata {
        var metadata: Logger.Metadata = [
            "operation": .string(operationID),
            "status": .stringConvertible(response.status.code),
            "ms": .stringConvertible(Self.milliseconds(elapsed)),
        ]
        let fields = response.headerFields
        for (key, name) in [
            ("rate_limit", RateLimitMiddleware.limitName), ("rate_remaining", RateLimitMiddleware.remainingName),
            ("rate_reset", RateLimitMiddleware.resetName),
        ] {
            if let value = fields[name] { metadata[key] = .string(redactor.untrusted(value)) }
        }
        return metadata
    }

    /// Logs up to `bodyLogLimit` bytes of `body` (redacted, sanitised; inflated first when it is `compressed`) and
    /// returns a body with the same bytes for the next stage; a body that cannot be buffered is passed on as it is,
    /// with a note.
    private func logged(
        _ body: HTTPBody?, _ what: String, _ line: String, compressed: GzipInflater.Format? = nil
    ) async -> HTTPBody? {
        guard let body else { return nil }
        let bytes: [UInt8]
        do {
            bytes = try await [UInt8](collecting: body, upTo: Self.bodyBufferLimit)
        } catch {
            logger.trace("\(what) not logged (larger than \(Self.bodyBufferLimit) bytes or not replayable) for \(line)")
            return body
        }
        let shown: String
        let cut: String
        if let format = compressed {
            let head = GzipInflater.prefix(bytes[...], format: format, count: Self.bodyLogLimit) ?? []
            shown = String(decoding: head, as: UTF8.self)
            cut = " … (\(bytes.count) bytes of \(format) in all)"
        } else {
            shown = String(decoding: bytes.prefix(Self.bodyLogLimit), as: UTF8.self)
            cut = bytes.count > Self.bodyLogLimit ? " … (\(bytes.count) bytes in all)" : ""
        }
        logger.trace("\(what) for \(line): \(Sanitizer.clean(redactor.redact(shown)))\(cut)")
        return HTTPBody(bytes)
    }

    private func redacted(_ fields: HTTPFields) -> String {
        let text = fields.map { field -> String in
            field.name == .authorization ? "\(field.name): \(Redactor.placeholder)" : "\(field.name): \(field.value)"
        }.joined(separator: ", ")
        return redactor.redact(text)
    }

    static func milliseconds(_ elapsed: Duration) -> Int64 {
        elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
    }
}
