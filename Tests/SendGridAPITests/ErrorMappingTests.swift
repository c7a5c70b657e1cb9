import Foundation
import Testing

@testable import SendGridAPI

@Suite("Errors: every status and failure becomes a clear APIError")
struct ErrorMappingTests {
    private func failure(
        _ step: Step, retry: RetryPolicy = .none,
        _ call: @escaping (SendGridClient) async throws(APIError) -> Void
    ) async -> APIError? {
        let (client, _) = makeClient(FakeTransport([step]), retry: retry)
        return await apiError { () async throws(APIError) in try await call(client) }
    }

    @Test func badRequestCarriesSendGridsMessages() async {
        let error = await failure(.errors(400, "invalid ip address", "ips is required")) { c throws(APIError) in
            _ = try await c.addRules(["nonsense"])
        }
        #expect(error == .badRequest(messages: ["invalid ip address", "ips is required"]))
        #expect(error?.message.contains("\"invalid ip address\"") == true)
        #expect(error?.isTransient == false)
    }

    @Test func unauthorizedSaysToCheckTheKey() async {
        let error = await failure(.errors(401, "The provided authorization grant is invalid, expired, or revoked")) {
            c throws(APIError) in _ = try await c.listRules()
        }
        #expect(error == .unauthorized(messages: ["The provided authorization grant is invalid, expired, or revoked"]))
        #expect(error?.message.contains("SENDGRID_API_KEY") == true)
    }

    @Test func forbiddenNamesTheScopeOfEachOperation() async {
        let cases: [(String, (SendGridClient) async throws(APIError) -> Void)] = [
            ("access_settings.whitelist.read", { c throws(APIError) in _ = try await c.listRules() }),
            ("access_settings.whitelist.read", { c throws(APIError) in _ = try await c.rule(id: 1) }),
            ("access_settings.whitelist.create", { c throws(APIError) in _ = try await c.addRules(["10.0.0.1"]) }),
            ("access_settings.whitelist.delete", { c throws(APIError) in _ = try await c.removeRule(id: 1) }),
            ("access_settings.whitelist.delete", { c throws(APIError) in _ = try await c.removeRules(ids: [1]) }),
            ("access_settings.activity.read", { c throws(APIError) in _ = try await c.activity(limit: 1) }),
        ]
        for (scope, call) in cases {
            let error = await failure(.errors(403, "access forbidden"), call)
            guard case .forbidden(let messages, _) = error else {
                Issue.record("expected forbidden, got \(String(describing: error))")
                continue
            }
            #expect(messages == ["access forbidden"])
            #expect(error?.message.contains("lack scope \(scope)") == true, "\(error?.message ?? "")")
            #expect(error?.message.contains("not on the allow list") == true)
        }
    }

    @Test func notFoundOnTheRuleOperations() async {
        let error = await failure(.errors(404, "not found")) { c throws(APIError) in _ = try await c.rule(id: 99) }
        #expect(error == .notFound(messages: ["not found"]))
    }

    @Test func rateLimitedCarriesTheReset() async {
        let step = Step.errors(429, "too many requests", headers: ["X-RateLimit-Reset": "\(fixedNow + 20)"])
        let error = await failure(step) { c throws(APIError) in _ = try await c.listRules() }
        #expect(error == .rateLimited(messages: ["too many requests"], reset: fixedNow + 20))
        #expect(error?.isTransient == true)
        #expect(error?.message.contains("UTC") == true)
    }

    @Test func documented500AndUndocumented5xxAreServerErrors() async {
        let error500 = await failure(.errors(500, "internal")) { c throws(APIError) in _ = try await c.listRules() }
        #expect(error500 == .server(status: 500, messages: ["internal"]))
        let error503 = await failure(.errors(503, "try later")) { c throws(APIError) in _ = try await c.listRules() }
        #expect(error503 == .server(status: 503, messages: ["try later"]))
    }

    @Test func anErrorStatusWithAnHTMLBodyKeepsTheStatus() async {
        let html = Step.respond(status: 502, headers: ["Content-Type": "text/html"], body: "<html>Bad gateway</html>")
        #expect(
            await failure(html) { c throws(APIError) in _ = try await c.listRules() }
                == .server(status: 502, messages: []))
        let html500 = Step.respond(status: 500, headers: ["Content-Type": "text/html"], body: "<html>oops</html>")
        #expect(
            await failure(html500) { c throws(APIError) in _ = try await c.listRules() }
                == .server(status: 500, messages: []))
        let html401 = Step.respond(status: 401, headers: ["Content-Type": "text/plain"], body: "denied")
        #expect(
            await failure(html401) { c throws(APIError) in _ = try await c.listRules() }
                == .unauthorized(messages: []))
    }

    @Test func undocumentedStatusesDecodeSendGridErrorBodies() async {
        let error = await failure(.errors(418, "short and stout")) { c throws(APIError) in _ = try await c.listRules() }
        #expect(error == .unexpectedStatus(status: 418, messages: ["short and stout"]))
        #expect(error?.isTransient == false)
    }

    @Test func aSuccessStatusTheSpecDoesNotListIsUnexpected() async {
        let accepted = Step.json(202, #"{"result":[]}"#)
        #expect(
            await failure(accepted) { c throws(APIError) in _ = try await c.listRules() }
                == .unexpectedStatus(status: 202, messages: []))
        let okInsteadOfCreated = Step.json(200, #"{"result":[]}"#)
        #expect(
            await failure(okInsteadOfCreated) { c throws(APIError) in _ = try await c.addRules(["10.0.0.1"]) }
                == .unexpectedStatus(status: 200, messages: []))
    }

    @Test func malformedJSONOnSuccessIsUndecodable() async {
        let error = await failure(.json(200, #"{"result":[{"id":1,"ip":"#)) { c throws(APIError) in
            _ = try await c.listRules()
        }
        guard case .undecodable = error else { Issue.record("got \(String(describing: error))"); return }
    }

    @Test func aListWithoutResultIsUndecodableNotEmpty() async {
        // An empty list means "enforcement off": a missing field must never be read as one.
        let error = await failure(.json(200, "{}")) { c throws(APIError) in _ = try await c.listRules() }
        #expect(error == .undecodable(reason: "the list has no \"result\" array"))
    }

    @Test func activityMissingARequiredFieldIsUndecodable() async {
        let body = #"{"result":[{"allowed":true,"ip":"1.2.3.4","first_at":1,"last_at":2,"location":"x"}]}"#
        let error = await failure(.json(200, body)) { c throws(APIError) in _ = try await c.activity(limit: 1) }
        guard case .undecodable(let reason) = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(reason.contains("auth_method"))
    }

    @Test func timeoutsReportTheConfiguredSeconds() async {
        let error = await failure(.fail(.timedOut)) { c throws(APIError) in _ = try await c.listRules() }
        #expect(error == .timeout(seconds: 7, url: "http://127.0.0.1:8025/v3/access_settings/whitelist"))
        #expect(error?.message.contains("7 seconds at http://127.0.0.1:8025/v3/access_settings/whitelist") == true)
    }

    @Test func connectionFailuresAreNamed() async {
        let refused = await failure(.fail(.cannotConnectToHost)) { c throws(APIError) in _ = try await c.listRules() }
        guard case .connection(let reason, let url, _) = refused else {
            Issue.record("got \(String(describing: refused))")
            return
        }
        #expect(reason == "the connection was refused: nothing is listening on 127.0.0.1:8025")
        #expect(url == "http://127.0.0.1:8025/v3/access_settings/whitelist")
        let reset = await failure(.fail(.networkConnectionLost)) { c throws(APIError) in _ = try await c.rule(id: 4) }
        #expect(
            reset?.message.hasPrefix(
                "Could not reach SendGrid at http://127.0.0.1:8025/v3/access_settings/whitelist/4: the connection was closed before the answer arrived."
            ) == true)
        #expect(reset?.isTransient == true)
    }

    @Test func hostileErrorMessagesAreSanitised() async {
        let step = Step.respond(
            status: 400, headers: ["Content-Type": "application/json"],
            body: #"{"errors":[{"field":null,"message":"bad\u001b[31m\u202eip\r"}]}"#)
        let error = await failure(step) { c throws(APIError) in _ = try await c.addRules(["x"]) }
        #expect(error == .badRequest(messages: ["bad\u{FFFD}[31m\u{FFFD}ip\u{FFFD}"]))
    }

    @Test func everyMessageIsASentenceThatSaysWhatToDo() {
        let errors: [APIError] = [
            .badRequest(messages: []), .unauthorized(messages: []), .forbidden(messages: [], operation: "addRules"),
            .notFound(messages: []), .rateLimited(messages: [], reset: nil), .server(status: 503, messages: []),
            .unexpectedStatus(status: 418, messages: []), .timeout(seconds: 1), .connection(reason: "x"),
            .undecodable(reason: "y"), .addUncertain(landed: ["1.2.3.4/32"], missing: [], cause: "z"),
        ]
        for error in errors {
            #expect(error.message.hasSuffix("."), "\(error.message)")
            #expect(error.message.count > 40)
            #expect(error.description == error.message)
            #expect(error.localizedDescription == error.message)
        }
        #expect(
            APIError.forbidden(messages: [], operation: "addRules").message
                == "SendGrid refused access (403). The key may lack scope access_settings.whitelist.create, "
                + "or this machine's address is not on the allow list.")
        #expect(APIError.rateLimited(messages: [], reset: 1_700_000_000).message.contains("22:13:20 UTC"))
    }

    @Test func transientClassification() {
        #expect(APIError.server(status: 500, messages: []).isTransient)
        #expect(APIError.timeout(seconds: 1).isTransient)
        #expect(APIError.connection(reason: "x").isTransient)
        #expect(APIError.rateLimited(messages: [], reset: nil).isTransient)
        #expect(!APIError.badRequest(messages: []).isTransient)
        #expect(!APIError.unauthorized(messages: []).isTransient)
        #expect(!APIError.forbidden(messages: [], operation: "x").isTransient)
        #expect(!APIError.notFound(messages: []).isTransient)
        #expect(!APIError.undecodable(reason: "x").isTransient)
        #expect(!APIError.addUncertain(landed: [], missing: [], cause: "x").isTransient)
    }
}
