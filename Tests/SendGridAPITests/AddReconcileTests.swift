import Foundation
import Testing

@testable import SendGridAPI

@Suite("POST is never retried blindly: an unknown outcome is reconciled against a fresh list")
struct AddReconcileTests {
    /// The list after a POST whose answer was lost: one of the two entries landed.
    private let afterList =
        #"{"result":[{"id":1,"ip":"10.0.0.0/8","created_at":1,"updated_at":1},"#
        + #"{"id":31,"ip":"203.0.113.5/32","created_at":2,"updated_at":2}]}"#

    @Test(arguments: [
        Step.errors(503, "busy"), .errors(500, "oops"), .fail(.timedOut), .fail(.networkConnectionLost),
        .json(201, "{not json"),
    ])
    func anUncertainPOSTRereadsTheListAndNamesWhatLanded(failure: Step) async {
        let transport = FakeTransport([failure, .json(200, afterList)])
        let (client, sleeps) = makeClient(transport)
        let error = await apiError { () async throws(APIError) in
            try await client.addRules(["203.0.113.5", "198.51.100.*", "203.0.113.5/32"])
        }
        guard case .addUncertain(let landed, let missing, let cause) = error else {
            Issue.record("expected addUncertain, got \(String(describing: error))")
            return
        }
        #expect(landed == ["203.0.113.5/32"])
        #expect(missing == ["198.51.100.0/24"])
        #expect(!cause.isEmpty)
        #expect(transport.requests.map(\.method) == ["POST", "GET"], "the POST is sent exactly once")
        #expect(transport.requests.last?.path == "/v3/access_settings/whitelist")
        #expect(sleeps.recorded.isEmpty)
        #expect(error?.message.contains("Added: 203.0.113.5/32.") == true)
        #expect(error?.message.contains("Not added: 198.51.100.0/24; retry only these.") == true)
    }

    @Test func theTimeoutIsTheCause() async {
        let transport = FakeTransport([.fail(.timedOut), .json(200, afterList)])
        let (client, _) = makeClient(transport)
        let error = await apiError { () async throws(APIError) in try await client.addRules(["203.0.113.5"]) }
        #expect(error == .addUncertain(landed: ["203.0.113.5/32"], missing: [], cause: "no answer within 7 s"))
    }

    @Test(arguments: [
        (Step.errors(400, "invalid ip"), APIError.badRequest(messages: ["invalid ip"])),
        (.errors(429, "too many requests"), .rateLimited(messages: ["too many requests"], reset: nil)),
        (.errors(403, "access forbidden"), .forbidden(messages: ["access forbidden"], operation: "addRules")),
        (
            .fail(.cannotConnectToHost),
            NetworkFailure.error(
                code: -1004, detail: nil, url: URL(string: "http://127.0.0.1:8025/v3/access_settings/whitelist"),
                timeoutSeconds: 7
            ).0
        ),
    ])
    func aPOSTThatCertainlyDidNotLandFailsPlainly(step: Step, expected: APIError) async {
        let transport = FakeTransport([step, .json(200, afterList)])
        let (client, _) = makeClient(transport)
        let error = await apiError { () async throws(APIError) in try await client.addRules(["203.0.113.5"]) }
        #expect(error == expected)
        #expect(transport.requests.map(\.method) == ["POST"])
    }

    @Test func whenTheRereadFailsTooNothingIsClaimed() async {
        let transport = FakeTransport([.errors(502, "bad gateway"), .errors(401, "revoked")])
        let (client, _) = makeClient(transport)
        let error = await apiError { () async throws(APIError) in try await client.addRules(["203.0.113.5"]) }
        guard case .addUncertain(let landed, let missing, let cause) = error else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(landed.isEmpty && missing.isEmpty)
        #expect(cause == "server error 502; re-reading the list: key not accepted (401)")
        #expect(error?.message.contains("unknown whether anything was added") == true)
    }

    @Test func theRereadItselfIsRetriedLikeAnyGET() async {
        let transport = FakeTransport([.fail(.timedOut), .errors(503, "x"), .json(200, afterList)])
        let (client, sleeps) = makeClient(transport)
        let error = await apiError { () async throws(APIError) in try await client.addRules(["10.1.2.3/8"]) }
        #expect(error == .addUncertain(landed: ["10.0.0.0/8"], missing: [], cause: "no answer within 7 s"))
        #expect(transport.requests.map(\.method) == ["POST", "GET", "GET"])
        #expect(sleeps.recorded.count == 1)
    }

    @Test func unparsableInputsAreReportedMissing() async {
        let transport = FakeTransport([.fail(.timedOut), .json(200, afterList)])
        let (client, _) = makeClient(transport)
        let error = await apiError { () async throws(APIError) in try await client.addRules(["bogus", "10.0.0.0/8"]) }
        #expect(error == .addUncertain(landed: ["10.0.0.0/8"], missing: ["bogus"], cause: "no answer within 7 s"))
    }
}
