import CompressNIO
import Foundation
import HTTPTypes
import NIOCore
import OpenAPIRuntime
import Synchronization
import Testing

@testable import SendGridAPI

/// `InflatingTransport`: asks for gzip, inflates answers, and leaves a successful list read's body compressed for
/// `BodyDigestMiddleware`, saying so on every answer of the read (a retry's answer may differ from the try before).
@Suite("Inflating transport")
struct InflatingTransportTests {
    private static let plain = Array(#"{"result":[{"id":1,"ip":"203.0.113.0/24","created_at":1,"updated_at":1}]}"#.utf8)

    private static func zipped() throws -> [UInt8] {
        var buffer = ByteBuffer(bytes: plain)
        return Array(buffer: try buffer.compress(with: .gzip()))
    }

    private func send(_ transport: InflatingTransport) async throws -> [UInt8] {
        let request = HTTPRequest(
            method: .get, scheme: "http", authority: "127.0.0.1", path: "/v3/access_settings/whitelist")
        let (_, body) = try await transport.send(
            request, body: nil, baseURL: URL(string: "http://127.0.0.1")!, operationID: "ListAllowedIp")
        return try await [UInt8](collecting: try #require(body), upTo: 1 << 20)
    }

    @Test func everyAnswerOfAListReadSaysWhetherItsBodyIsStillCompressed() async throws {
        let zipped = try Self.zipped()
        let base = ScriptedTransport([(zipped, "gzip"), (Self.plain, nil), (zipped, "gzip")])
        let transport = InflatingTransport(base: base, maxDecodedBytes: 1 << 20)
        let slot = DigestSlot()
        try await ListMemo.$slot.withValue(slot) { () async throws in
            #expect(try await send(transport) == zipped, "left compressed for the digest")
            #expect(slot.encoding == .gzip)
            #expect(try await send(transport) == Self.plain)
            #expect(slot.encoding == nil, "a plain answer after a compressed one is not inflated")
        }
        #expect(try await send(transport) == Self.plain, "outside a list read the transport inflates")
        #expect(base.acceptEncodings == ["gzip, deflate", "gzip, deflate", "gzip, deflate"])
    }
}

/// Answers each request with the next scripted body (and its `Content-Encoding`), recording what was asked for.
private final class ScriptedTransport: ClientTransport, Sendable {
    private let state: Mutex<(answers: [([UInt8], String?)], accepted: [String])>

    init(_ answers: [([UInt8], String?)]) { state = Mutex((answers, [])) }

    var acceptEncodings: [String] { state.withLock { $0.accepted } }

    func send(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let (bytes, encoding) = state.withLock { state in
            state.accepted.append(request.headerFields[.acceptEncoding] ?? "")
            return state.answers.removeFirst()
        }
        var fields: HTTPFields = [.contentType: "application/json"]
        if let encoding { fields[.contentEncoding] = encoding }
        return (HTTPResponse(status: .ok, headerFields: fields), HTTPBody(bytes))
    }
}
