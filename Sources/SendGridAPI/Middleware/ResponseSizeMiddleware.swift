import HTTPTypes
import OpenAPIRuntime

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Caps what one response body may hold (`ResponseLimits.maxBytes`, decoded bytes: after gzip is undone): a
/// declared length past the cap fails at once; otherwise bytes are counted as the decoder reads them and reading stops at the first chunk past it, so
/// at most the cap (plus one chunk) is ever held, whatever the server sends.
struct ResponseSizeMiddleware: ClientMiddleware {
    let maxBytes: Int

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let (response, responseBody) = try await next(request, body, baseURL)
        guard let responseBody else { return (response, nil) }
        // A gzip answer's declared length is the compressed one; the cap holds for the decoded bytes, which is
        // what memory holds (the transport inflates them).
        let encoded = response.headerFields[.contentEncoding].map { $0.lowercased() != "identity" } ?? false
        if !encoded, case .known(let declared) = responseBody.length, declared > maxBytes {
            throw ResponseTooLarge(limit: .bytes(maxBytes))
        }
        let capped = CappedBody(base: responseBody, maxBytes: maxBytes)
        return (
            response, HTTPBody(capped, length: encoded ? .unknown : responseBody.length, iterationBehavior: .single)
        )
    }
}

/// A body that throws `ResponseTooLarge` once more than `maxBytes` bytes have been read from it.
struct CappedBody: AsyncSequence, Sendable {
    typealias Element = HTTPBody.ByteChunk

    let base: HTTPBody
    let maxBytes: Int

    struct AsyncIterator: AsyncIteratorProtocol {
        var base: HTTPBody.Iterator
        let maxBytes: Int
        var seen = 0

        mutating func next() async throws -> HTTPBody.ByteChunk? {
            // A transport that inflates stops at the cap itself (`InflatingTransport` throws `ResponseTooLarge`).
            guard let chunk = try await base.next() else { return nil }
            seen += chunk.count
            if seen > maxBytes { throw ResponseTooLarge(limit: .bytes(maxBytes)) }
            return chunk
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: base.makeAsyncIterator(), maxBytes: maxBytes)
    }
}
