import HTTPTypes
import OpenAPIRuntime

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A transport that asks for gzip and undoes it itself: the base (AsyncHTTPClient, with its decompressor off) hands
/// on the compressed bytes, and the body, when read, is those bytes inflated in one pass by `GzipInflater` (a
/// successful list read's body is left to `BodyDigestMiddleware`, see `DigestSlot.encoding`). The
/// answer's headers stay as they came over the wire (`Content-Encoding` included), as they did when the transport
/// inflated. An answer past `maxDecodedBytes`, compressed or inflated, fails with `ResponseTooLarge` while it is
/// read, so a small compressed body can never grow into more than the cap in memory.
struct InflatingTransport: ClientTransport {
    let base: any ClientTransport
    /// The response cap (`ResponseLimits.maxBytes`).
    let maxDecodedBytes: Int

    func send(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        if request.headerFields[.acceptEncoding] == nil { request.headerFields[.acceptEncoding] = "gzip, deflate" }
        let (response, responseBody) = try await base.send(
            request, body: body, baseURL: baseURL, operationID: operationID)
        let format = GzipInflater.Format(contentEncoding: response.headerFields[.contentEncoding])
        // A successful list read hands its body on compressed: `BodyDigestMiddleware` digests the wire bytes and
        // inflates them only when the list changed. Set on every answer: a retry's may differ from the try before.
        if response.status.kind == .successful, let slot = ListMemo.slot {
            slot.encoding = responseBody == nil ? nil : format
            return (response, responseBody)
        }
        guard let responseBody, let format else { return (response, responseBody) }
        let inflated = InflatedBody(compressed: responseBody, format: format, maxBytes: maxDecodedBytes)
        return (response, HTTPBody(inflated, length: .unknown, iterationBehavior: .single))
    }
}

/// A compressed body read whole, then inflated: one chunk, or none when it inflates to nothing.
struct InflatedBody: AsyncSequence, Sendable {
    typealias Element = HTTPBody.ByteChunk

    let compressed: HTTPBody
    let format: GzipInflater.Format
    let maxBytes: Int

    struct AsyncIterator: AsyncIteratorProtocol {
        var source: HTTPBody.Iterator?
        let expected: Int
        let format: GzipInflater.Format
        let maxBytes: Int

        mutating func next() async throws -> HTTPBody.ByteChunk? {
            guard var source else { return nil }
            self.source = nil
            var bytes: [UInt8] = []
            bytes.reserveCapacity(expected)
            while let chunk = try await source.next() {
                // Compressed data is never much longer than what it inflates to: past the cap, so is the answer.
                guard bytes.count + chunk.count <= maxBytes else { throw ResponseTooLarge(limit: .bytes(maxBytes)) }
                bytes.append(contentsOf: chunk)
            }
            let inflated = try GzipInflater.inflate(bytes[...], format: format, maxBytes: maxBytes)
            return inflated.isEmpty ? nil : inflated[...]
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        var expected = 0
        if case .known(let length) = compressed.length { expected = Int(clamping: Swift.min(length, Int64(maxBytes))) }
        return AsyncIterator(
            source: compressed.makeAsyncIterator(), expected: expected, format: format, maxBytes: maxBytes)
    }
}
