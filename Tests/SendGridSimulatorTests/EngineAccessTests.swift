import AccessCore
import Testing

@testable import SendGridSimulator

@Suite struct EngineAuthTests {
    static let exact401 =
        #"{"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked","field":null,"help":null}]}"#

    @Test(arguments: [nil, "", "Bearer", "Bearer wrong-key", "Basic \(demoKey)", demoKey] as [String?])
    func missingOrWrongKeysAnswerTheExact401(authorization: String?) throws {
        var engine = try makeEngine()
        var headers: [String: String] = [:]
        if let authorization { headers["Authorization"] = authorization }
        let response = engine.handle(request("GET", whitelist, key: nil, headers: headers), now: t0)
        #expect(response.status == 401)
        #expect(response.bodyText == Self.exact401)
        #expect(engine.activity().isEmpty, "unauthenticated attempts are not activity")
    }

    @Test func headerNamesAndBearerSchemeAreCaseInsensitive() throws {
        var engine = try makeEngine()
        let response = engine.handle(
            request("GET", whitelist, key: nil, headers: ["aUtHoRiZaTiOn": "bearer  \(demoKey)"]), now: t0)
        #expect(response.status == 200)
    }

    @Test func scopedKeysGet403OutsideTheirScopes() throws {
        var engine = try makeEngine {
            $0.enforce = false;
            $0.scopedKeys = ["read-only": [.whitelistRead, .activityRead], "adder": [.whitelistCreate]]
        }
        let forbidden = #"{"errors":[{"field":null,"message":"access forbidden"}]}"#
        #expect(engine.handle(request("GET", whitelist, key: "read-only"), now: t0).status == 200)
        #expect(engine.handle(request("GET", activityPath, key: "read-only"), now: t0).status == 200)
        let post = engine.handle(addRequest(["192.0.2.1"], key: "read-only"), now: t0)
        #expect(post.status == 403)
        #expect(post.bodyText == forbidden)
        #expect(engine.handle(addRequest(["192.0.2.1"], key: "adder"), now: t0).status == 201)
        #expect(engine.handle(request("GET", whitelist, key: "adder"), now: t0).bodyText == forbidden)
        #expect(engine.handle(request("GET", whitelist + "/1", key: "adder"), now: t0).status == 403)
        #expect(engine.handle(request("DELETE", whitelist + "/1", key: "read-only"), now: t0).status == 403)
        #expect(engine.handle(deleteRequest([1], key: "adder"), now: t0).status == 403)
        #expect(engine.rules().count == 1)
    }

    @Test func scopeListsParse() throws {
        #expect(
            try SimulatorScope.parseList("access_settings.whitelist.read, access_settings.activity.read") == [
                .whitelistRead, .activityRead,
            ])
        #expect(throws: SimulatorError.self) { try SimulatorScope.parseList("access_settings.whitelist.write") }
    }

    @Test func orderIs401ThenEnforcementThenScope() throws {
        var engine = try makeEngine { $0.scopedKeys = ["adder": [.whitelistCreate]] }
        _ = engine.handle(addRequest(["192.0.2.0/24"]), now: t0)  // the client 203.0.113.10 is now not covered
        #expect(engine.handle(request("GET", whitelist, key: "bogus"), now: t0).status == 401)
        let blocked = engine.handle(request("GET", whitelist, key: "adder"), now: t0)
        #expect(blocked.status == 403)
        #expect(errorEntries(blocked).first?.message.contains("203.0.113.10") == true, "enforcement, not scope")
    }
}

@Suite struct EngineEnforcementTests {
    @Test func anEmptyListAllowsEveryone() throws {
        var engine = try makeEngine()
        #expect(engine.handle(request("GET", whitelist), now: t0).status == 200)
        #expect(engine.activity().first?.allowed == true)
    }

    @Test func aCallerNotCoveredGets403AndTheAttemptIsRecordedAsBlocked() throws {
        var engine = try makeEngine()
        #expect(engine.handle(addRequest(["198.51.100.0/24"]), now: t0).status == 201)  // locks the client out
        let response = engine.handle(request("GET", whitelist), now: t0 + 10)
        #expect(response.status == 403)
        #expect(errorEntries(response).first?.message.hasPrefix("access forbidden") == true)
        let blocked = engine.activity().first { !$0.allowed }
        #expect(blocked?.ip == "203.0.113.10")
        #expect(blocked?.lastAt == t0 + 10)
    }

    @Test func removingYourOwnRuleLocksYouOut() throws {
        var engine = try makeEngine()
        _ = engine.handle(addRequest(["203.0.113.0/24", "198.51.100.1"]), now: t0)
        #expect(engine.handle(request("GET", whitelist), now: t0).status == 200)
        #expect(engine.handle(request("DELETE", whitelist + "/1"), now: t0).status == 204)
        #expect(engine.handle(request("GET", whitelist), now: t0).status == 403)
        #expect(engine.handle(request("GET", activityPath), now: t0).status == 403)
        #expect(engine.rules().map(\.id) == [2], "the locked-out call changed nothing")
    }

    @Test func enforceFalseDisablesTheCheck() throws {
        var engine = try makeEngine { $0.enforce = false }
        _ = engine.handle(addRequest(["198.51.100.0/24"]), now: t0)
        #expect(engine.handle(request("GET", whitelist), now: t0).status == 200)
    }

    @Test func clientIPIsConfigurable() throws {
        var engine = try makeEngine { $0.clientIP = "2001:db8::7" }
        _ = engine.handle(addRequest(["2001:db8::/32"]), now: t0)
        #expect(engine.handle(request("GET", whitelist), now: t0).status == 200)
        #expect(engine.activity().first?.ip == "2001:db8::7")
    }

    @Test func forwardedForIsUsedOnlyWhenTrusted() throws {
        let headers = ["X-Forwarded-For": "198.51.100.5, 10.0.0.1"]
        var untrusting = try makeEngine()
        _ = untrusting.handle(addRequest(["198.51.100.0/24"]), now: t0)
        #expect(untrusting.handle(request("GET", whitelist, headers: headers), now: t0).status == 403)

        var trusting = try makeEngine { $0.trustForwardedFor = true }
        _ = trusting.handle(addRequest(["198.51.100.0/24"], headers: headers), now: t0)
        #expect(trusting.handle(request("GET", whitelist, headers: headers), now: t0).status == 200)
        #expect(trusting.handle(request("GET", whitelist), now: t0).status == 403, "no header: the client IP")
        #expect(
            trusting.handle(request("GET", whitelist, headers: ["x-forwarded-for": "garbage"]), now: t0).status == 403)
    }

    @Test func tenantsHaveSeparateListsAndActivity() throws {
        var engine = try makeEngine()
        let sub = ["On-Behalf-Of": "subuser-a"]
        _ = engine.handle(addRequest(["198.51.100.0/24"], headers: sub), now: t0)
        #expect(engine.rules(tenant: "subuser-a").count == 1)
        #expect(engine.rules().isEmpty)
        #expect(engine.handle(request("GET", whitelist, headers: sub), now: t0).status == 403, "subuser locked out")
        #expect(engine.handle(request("GET", whitelist), now: t0).status == 200, "parent still open")
        let other = engine.handle(request("GET", whitelist, headers: ["on-behalf-of": "account-id 42"]), now: t0)
        #expect(resultRows(other).isEmpty)
        #expect(engine.activity(tenant: "subuser-a").contains { !$0.allowed })
        #expect(engine.activity().allSatisfy { $0.allowed })
    }

    @Test func discoveryAnswersTheCallerAddressAsPlainTextWithoutAuth() throws {
        var engine = try makeEngine()
        _ = engine.handle(addRequest(["198.51.100.0/24"]), now: t0)
        let response = engine.handle(request("GET", SimulatorEngine.discoveryPath, key: nil), now: t0)
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"]?.hasPrefix("text/plain") == true)
        #expect(response.bodyText == "203.0.113.10\n")
    }
}
