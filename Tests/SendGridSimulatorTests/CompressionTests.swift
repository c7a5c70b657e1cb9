import AsyncHTTPClient
import CompressNIO
import Foundation
import NIOCore
import Testing

@testable import SendGridSimulator

/// The simulator gzips an answer when the request accepts gzip, as SendGrid does; the bytes are read off the wire
/// with an AsyncHTTPClient that decodes nothing (the shared one inflates gzip and asks for it).
@Suite("Response compression")
struct CompressionTests {
    /// The raw answer to GET `path`: its `Content-Encoding`, `Vary`, and the body as sent.
    private func raw(
        _ simulator: RunningSimulator, _ path: String, acceptEncoding: String?
    ) async throws -> (encoding: String?, vary: String?, body: ByteBuffer) {
        var request = HTTPClientRequest(url: simulator.baseURL + path)
        request.headers.add(name: "Authorization", value: "Bearer \(demoKey)")
        if let acceptEncoding { request.headers.add(name: "Accept-Encoding", value: acceptEncoding) }
        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: .init())
        do {
            let response = try await client.execute(request, timeout: .seconds(10))
            let body = try await response.body.collect(upTo: 64 * 1024 * 1024)
            try await client.shutdown()
            return (response.headers.first(name: "Content-Encoding"), response.headers.first(name: "Vary"), body)
        } catch {
            try await client.shutdown()
            throw error
        }
    }

    @Test func aListIsGzippedWhenAskedAndUnzipsToTheSameBytes() async throws {
        try await withSimulator({
            $0.ruleCap = 5000; $0.enforce = false
        }) { simulator in
            _ = try simulator.addRules((1...2000).map { "198.51.\($0 / 256).\($0 % 256)" })
            let plain = try await raw(simulator, "/v3/access_settings/whitelist", acceptEncoding: nil)
            var zipped = try await raw(simulator, "/v3/access_settings/whitelist", acceptEncoding: "deflate, gzip")
            #expect(plain.encoding == nil)
            #expect(zipped.encoding == "gzip")
            #expect(zipped.vary == "Accept-Encoding")
            // A list of similar rules compresses well: at least 4× (SendGrid's 100 000-rule body: 8.8 → 1.9 MB).
            #expect(zipped.body.readableBytes * 4 < plain.body.readableBytes, "\(zipped.body.readableBytes)")
            let unzipped = try zipped.body.decompress(with: .gzip())
            #expect(unzipped == plain.body)
        }
    }

    @Test func aRefusedEncodingOrATinyBodyGoesAsItIs() async throws {
        try await withSimulator { simulator in
            let refused = try await raw(simulator, "/v3/access_settings/whitelist", acceptEncoding: "gzip;q=0, br")
            #expect(refused.encoding == nil)
            let tiny = try await raw(simulator, "/v3/access_settings/whitelist/999999", acceptEncoding: "gzip")
            #expect(tiny.body.readableBytes < ResponseCompression.minimumBytes)
            #expect(tiny.encoding == nil)
        }
    }

    @Test func acceptEncodingIsReadAsHTTPSaysWithQualities() {
        #expect(ResponseCompression.acceptsGzip("gzip"))
        #expect(ResponseCompression.acceptsGzip("deflate, gzip"))
        #expect(ResponseCompression.acceptsGzip("br;q=1.0, GZIP;q=0.5"))
        #expect(ResponseCompression.acceptsGzip("*"))
        #expect(!ResponseCompression.acceptsGzip("gzip;q=0"))
        #expect(!ResponseCompression.acceptsGzip("br, deflate"))
        #expect(!ResponseCompression.acceptsGzip(""))
        #expect(!ResponseCompression.acceptsGzip(nil))
    }
}
