import Foundation
import HTTPTypes
import OpenAPIRuntime
import Synchronization
import Testing

@testable import SendGridAPI

/// Answers every request with a 200 whose JSON body arrives in chunks of unknown total length, and counts how many
/// bytes the client pulled from it.
final class ChunkedTransport: ClientTransport, Sendable {
    let chunks: [String]
    private let pulled = Counter()

    init(_ chunks: [String]) { self.chunks = chunks }

    var bytesPulled: Int { pulled.withLock { $0 } }

    final class Counter: Sendable {
        private let value = Mutex(0)
        func withLock<R>(_ body: (inout Int) -> R) -> R { value.withLock { body(&$0) } }
    }

    func send(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String
    ) async throws
        -> (HTTPResponse, HTTPBody?)
    {
        let chunks = self.chunks
        let next = Mutex(0)
        let stream = AsyncStream<HTTPBody.ByteChunk>(unfolding: { [pulled] in
            let at = next.withLock { value -> Int in
                defer { value += 1 }
                return value
            }
            guard at < chunks.count else { return nil }
            pulled.withLock { $0 += chunks[at].utf8.count }
            return ArraySlice(chunks[at].utf8)
        })
        let head = HTTPResponse(status: .ok, headerFields: [.contentType: "application/json"])
        return (head, HTTPBody(stream, length: .unknown))
    }
}

@Suite struct ResponseCapTests {
    static let rule = #"{"id":1,"ip":"192.0.2.1/32","created_at":1,"updated_at":1}"#

    static func client(_ transport: any ClientTransport, _ limits: ResponseLimits) -> SendGridClient {
        let configuration = ClientConfiguration(
            baseURL: URL(string: "http://127.0.0.1:8025")!, apiKey: APIKey(testKey), responseLimits: limits)
        return SendGridClient(configuration: configuration, transport: transport, sleep: { _ in })
    }

    /// `count` rules as one list body.
    static func list(_ count: Int) -> String {
        #"{"result":["# + Array(repeating: rule, count: count).joined(separator: ",") + "]}"
    }

    @Test func aBodyDeclaredLargerThanTheCapFailsWithASentence() async {
        let body = Self.list(50)
        let transport = FakeTransport([.json(200, body)])
        let client = Self.client(transport, ResponseLimits(maxBytes: body.utf8.count - 1, maxRows: 1000))
        let error = await apiError { () async throws(APIError) in try await client.listRules() }
        #expect(error == .tooLarge(request: "GET /v3/access_settings/whitelist", maxBytes: body.utf8.count - 1))
        #expect(transport.remainingSteps == 0, "a GET that is too large is not retried")
        #expect(error?.isTransient == false)
    }

    @Test func aStreamedBodyIsCutAtTheCapWithoutReadingTheRest() async {
        let chunk = Array(repeating: Self.rule, count: 100).joined(separator: ",") + ","
        let chunks = [#"{"result":["#] + Array(repeating: chunk, count: 200) + [Self.rule + "]}"]
        let transport = ChunkedTransport(chunks)
        let client = Self.client(transport, ResponseLimits(maxBytes: 64 * 1024, maxRows: 1_000_000))
        let error = await apiError { () async throws(APIError) in try await client.listRules() }
        #expect(error == .tooLarge(request: "GET /v3/access_settings/whitelist", maxBytes: 64 * 1024))
        let total = chunks.map(\.utf8.count).reduce(0, +)
        #expect(transport.bytesPulled < 64 * 1024 + chunk.utf8.count, "of \(total) bytes, reading stopped at the cap")
        #expect(
            error?.message.hasPrefix(
                "SendGrid's answer to GET /v3/access_settings/whitelist was larger than 64 KB; sgaccess stopped reading it."
            ) == true)
    }

    @Test func moreRowsThanTheCapFail() async {
        let transport = FakeTransport([.json(200, Self.list(11))])
        let client = Self.client(transport, ResponseLimits(maxBytes: 1 << 20, maxRows: 10))
        let error = await apiError { () async throws(APIError) in try await client.listRules() }
        #expect(error == .tooManyRows(request: "GET /v3/access_settings/whitelist", maxRows: 10))
        #expect(error?.message.contains("held more than 10 rows; sgaccess did not use it.") == true)
    }

    @Test func anAnswerAtTheCapsIsRead() async throws {
        let body = Self.list(10)
        let transport = FakeTransport([.json(200, body)])
        let client = Self.client(transport, ResponseLimits(maxBytes: body.utf8.count, maxRows: 10))
        let rules = try await client.listRules().value
        #expect(rules.count == 10)
    }

    @Test func theActivityIsCappedToo() async {
        let row = #"{"allowed":false,"auth_method":"API","first_at":1,"ip":"192.0.2.9","last_at":2,"location":"X"}"#
        let body = #"{"result":["# + Array(repeating: row, count: 5).joined(separator: ",") + "]}"
        let transport = FakeTransport([.json(200, body)])
        let client = Self.client(transport, ResponseLimits(maxBytes: 1 << 20, maxRows: 4))
        let error = await apiError { () async throws(APIError) in try await client.activity(limit: 5) }
        #expect(error == .tooManyRows(request: "GET /v3/access_settings/activity", maxRows: 4))
    }

    @Test func theStandardCapLeavesRoomForAHundredThousandRules() {
        #expect(ResponseLimits.standard.maxBytes == 32 * 1024 * 1024)
        #expect(ResponseLimits.standard.maxRows >= 100_000)
        #expect(ResponseLimits.describe(bytes: ResponseLimits.standard.maxBytes) == "32 MB")
    }
}
