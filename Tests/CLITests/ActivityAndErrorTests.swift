import AccessCore
import Foundation
import SendGridAPI
import Testing

@testable import SGAccessCLI

@Suite struct ActivityCommandTests {
    func service() -> FakeService {
        FakeService(
            ranges: ["203.0.113.0/24", "198.51.100.0/24"],
            attempts: [
                attempt("192.0.2.50", allowed: false, location: "東京, Japan", at: 1_700_000_900),
                attempt("198.51.100.7", allowed: false, location: "São Paulo, Brazil", at: 1_700_000_800),
                attempt(
                    "203.0.113.10", allowed: true, location: "Berlin\u{1B}]0;pwned\u{07}\u{202E}\u{200B}",
                    at: 1_700_000_700),
            ])
    }

    @Test func tableShowsTriageAndSanitisesLocations() async {
        let result = await run(["activity"], service: service())
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines.last == "Account: parent account · global")
        #expect(lines[0].hasPrefix("IP            STATUS             LOCATION            AUTH  FIRST SEEN"))
        #expect(lines[1].hasPrefix("192.0.2.50    blocked            東京, Japan         API   2023-11-14 22:26:40 UTC"))
        #expect(
            lines[2].hasPrefix("198.51.100.7  now allowed by #2  São Paulo, Brazil   API   2023-11-14 22:25:00 UTC"))
        #expect(
            lines[3].hasPrefix("203.0.113.10  allowed            Berlin\u{FFFD}]0;pwned\u{FFFD}\u{FFFD}\u{FFFD}  API"))
        for scalar in ["\u{1B}", "\u{07}", "\u{202E}", "\u{200B}"] { #expect(!result.out.contains(scalar)) }
    }

    @Test func blockedFilterAndJSONShape() async throws {
        let service = service()
        let result = await run(["activity", "--blocked", "--limit", "50", "--json"], service: service)
        #expect(result.status == 0)
        #expect(await service.calls.contains("activity 50"))
        let json = try result.json()
        #expect(json["count"] as? Int == 2)
        let attempts = try #require(json["attempts"] as? [[String: Any]])
        #expect(
            Set(attempts[0].keys) == [
                "ip", "allowed", "status", "rule_id", "covering_rule_ids", "auth_method", "location", "first_at",
                "last_at",
            ])
        #expect(attempts.map { $0["status"] as? String } == ["blocked", "allowed_since"])
        #expect(attempts[0]["rule_id"] is NSNull)
        #expect(attempts[1]["rule_id"] as? Int == 2)
    }

    @Test func jsonEscapesTerminalControlsButKeepsTheData() async throws {
        let result = await run(["activity", "--json"], service: service())
        #expect(!result.out.contains("\u{202E}") && !result.out.contains("\u{1B}"))
        #expect(result.out.contains(#"\u202e"#))
        let attempts = try #require(try result.json()["attempts"] as? [[String: Any]])
        #expect(attempts[2]["location"] as? String == "Berlin\u{1B}]0;pwned\u{07}\u{202E}\u{200B}")
        #expect(attempts[0]["location"] as? String == "東京, Japan")
    }
}

@Suite struct ErrorMappingTests {
    @Test(arguments: [
        (
            APIError.unauthorized(messages: ["The provided authorization grant is invalid, expired, or revoked"]),
            Int32(5), "401"
        ),
        (APIError.forbidden(messages: ["access forbidden"], operation: "list rules"), Int32(5), "403"),
        (APIError.server(status: 503, messages: []), Int32(4), "server error (503)"),
        (APIError.timeout(seconds: 10), Int32(4), "within 10 seconds"),
        (APIError.connection(reason: "connection refused"), Int32(4), "Could not reach SendGrid: connection refused"),
        (
            APIError.connection(reason: "DNS found no address", url: "https://x.invalid/v3", next: "Check it."),
            Int32(4), "Could not reach SendGrid at https://x.invalid/v3: DNS found no address. Check it."
        ),
        (
            APIError.rateLimited(messages: ["too many requests"], reset: 1_700_000_000), Int32(4),
            "until 22:13:20 UTC (429)"
        ),
        (APIError.undecodable(reason: "bad JSON"), Int32(4), "could not be read"),
        (APIError.notFound(messages: []), Int32(4), "404"),
    ])
    func apiErrorsMapToExitCodes(error: APIError, status: Int32, fragment: String) async throws {
        let service = FakeService(ranges: ["203.0.113.0/24"])
        await service.fail("list", with: error)
        let result = await run(["list", "--json"], service: service)
        #expect(result.status == status)
        #expect(result.err.hasPrefix("Error: "))
        #expect(result.err.contains(fragment))
        let body = try #require(try result.json()["error"] as? [String: Any])
        #expect(body["exit_code"] as? Int == Int(status))
    }

    @Test func sendGridMessagesAreSanitised() {
        let error = CLIError(APIError.badRequest(messages: ["bad\u{1B}[31m ip\u{202E}"]))
        #expect(!error.message.contains("\u{1B}"))
        #expect(!error.message.contains("\u{202E}"))
        #expect(error.message.contains("(400): \"bad\u{FFFD}[31m ip\u{FFFD}\""))
    }

    @Test func liveClientReportsAnUnreachableHostClearly() async {
        let capture = Capture()
        var environment = CLIEnvironment.live()
        environment.variables = ["SENDGRID_API_KEY": testKey]
        // Port 1 on loopback: nothing listens, so the real client fails at once with "refused".
        let status = await SGAccessProgram.run(
            arguments: ["list", "--base-url", "http://127.0.0.1:1"], environment: environment, output: capture.sink)
        #expect(status == 4)
        #expect(capture.err.contains("at http://127.0.0.1:1/v3/access_settings/whitelist: the connection was refused"))
        #expect(capture.err.contains("nothing is listening on 127.0.0.1:1"))
        #expect(!capture.err.contains(testKey))
    }
}
