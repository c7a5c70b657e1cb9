import Foundation
import Logging
import Testing

@testable import SendGridAPI

/// `--log-level debug` shows every request; `trace` adds headers and bodies; nothing secret or hostile leaks.
@Suite("Client logging at debug and trace")
struct ClientLoggingTests {
    @Test func debugLogsMethodPathStatusDurationAndRateLimitHeaders() async throws {
        let logs = LogRecorder()
        var logger = logs.logger()
        logger.logLevel = .debug
        let transport = FakeTransport([.json(200, listJSON, rateLimit: (600, 598, fixedNow + 60))])
        let (client, _) = makeClient(transport, logger: logger)
        _ = try await client.listRules()
        let lines = logs.all
        #expect(lines.contains { $0.hasPrefix("debug request GET /v3/access_settings/whitelist") })
        let response = try #require(
            lines.first { $0.hasPrefix("debug response 200 for GET /v3/access_settings/whitelist") })
        #expect(response.contains("ms="))
        #expect(response.contains("rate_limit=600") && response.contains("rate_remaining=598"))
        #expect(response.contains("rate_reset=\(fixedNow + 60)"))
        #expect(!lines.contains { $0.hasPrefix("trace") }, "no bodies below trace")
    }

    @Test func traceLogsBodiesRedactedSanitisedAndCut() async throws {
        let logs = LogRecorder()
        let long = String(repeating: "x", count: 10_000)
        let hostile = #"{"errors":[{"field":null,"message":"bad \u001b[2J"}],"key":"\#(testKey)","pad":"\#(long)"}"#
        let transport = FakeTransport([.json(400, hostile)])
        let (client, _) = makeClient(transport, logger: logs.logger())
        _ = await apiError { () async throws(APIError) in try await client.addRules(["10.0.0.1"]) }
        let lines = logs.all
        let request = try #require(lines.first { $0.contains("request body for POST") })
        #expect(request.contains("10.0.0.1"))
        let body = try #require(lines.first { $0.contains("response body for POST") })
        #expect(!body.contains(testKey), "redacted")
        #expect(!body.unicodeScalars.contains("\u{1B}"), "sanitised")
        #expect(body.contains("bytes in all"), "cut")
        #expect(body.count < LoggingMiddleware.bodyLogLimit + 300)
        #expect(!lines.joined().contains(testKey))
    }

    @Test func theClientUsesTheConfigurationsLogger() async throws {
        let logs = LogRecorder()
        let configuration = ClientConfiguration(
            baseURL: URL(string: "http://127.0.0.1:8025")!, apiKey: APIKey(testKey),
            logger: logs.logger())
        let client = SendGridClient(configuration: configuration, transport: FakeTransport([.json(200, listJSON)]))
        _ = try await client.listRules()
        #expect(logs.all.contains { $0.hasPrefix("debug response 200") })
    }
}
