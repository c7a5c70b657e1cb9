import AccessCore
import Testing

@testable import SendGridSimulator

/// Enforcement is off here: it is tested in EngineEnforcementTests, and these lists do not cover the client.
@Suite struct EngineRulesTests {
    @Test func emptySeedListsNothing() throws {
        var engine = try makeEngine { $0.enforce = false }
        let response = engine.handle(request("GET", whitelist), now: t0)
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"] == "application/json")
        #expect(response.bodyText == #"{"result":[]}"#)
    }

    @Test func postNormalisesAndAnswers201WithIncreasingIDs() throws {
        var engine = try makeEngine { $0.enforce = false }
        let response = engine.handle(
            addRequest(["192.168.1.1", "192.*.*.*", "10.1.2.3/8", "2001:DB8::1"]), now: t0 + 5)
        #expect(response.status == 201)
        let rows = resultRows(response)
        #expect(rows.map { $0["ip"] as? String } == ["192.168.1.1/32", "192.0.0.0/8", "10.0.0.0/8", "2001:db8::1/128"])
        #expect(rows.map { $0["id"] as? Int } == [1, 2, 3, 4])
        #expect(rows.allSatisfy { $0["created_at"] as? Int == Int(t0 + 5) && $0["updated_at"] as? Int == Int(t0 + 5) })
        let later = engine.handle(addRequest(["198.51.100.9"]), now: t0 + 6)
        #expect(resultRows(later).first?["id"] as? Int == 5)
        #expect(engine.rules().map(\.id) == [1, 2, 3, 4, 5])
    }

    @Test func idsKeepIncreasingAfterDeletion() throws {
        var engine = try makeEngine { $0.enforce = false }
        _ = engine.handle(addRequest(["192.0.2.1", "192.0.2.2"]), now: t0)
        #expect(engine.handle(deleteRequest([2]), now: t0).status == 204)
        let response = engine.handle(addRequest(["192.0.2.3"]), now: t0)
        #expect(resultRows(response).first?["id"] as? Int == 3)
    }

    @Test func invalidEntriesAnswer400WithFieldPerEntryAndAddNothing() throws {
        var engine = try makeEngine { $0.enforce = false }
        let response = engine.handle(addRequest(["192.0.2.1", "300.1.1.1", "1.*.2.3"]), now: t0)
        #expect(response.status == 400)
        let errors = errorEntries(response)
        #expect(errors.map(\.field) == ["ips[1].ip", "ips[2].ip"])
        #expect(errors[0].message.contains("greater than 255"))
        #expect(errors[1].message.contains("wildcard"))
        #expect(engine.rules().isEmpty)
    }

    @Test(arguments: [
        ("", nil as String?), ("not json", nil), ("[1]", nil), ("{}", "ips"), (#"{"ips":[]}"#, "ips"),
        (#"{"ips":"1.2.3.4"}"#, "ips"), (#"{"ips":[{"ip":5}]}"#, "ips[0].ip"), (#"{"ips":[{}]}"#, "ips[0].ip"),
    ])
    func malformedPostBodiesAnswer400(body: String, field: String?) throws {
        var engine = try makeEngine { $0.enforce = false }
        let response = engine.handle(request("POST", whitelist, body: body), now: t0)
        #expect(response.status == 400)
        #expect(errorEntries(response).first?.field == field)
        #expect(errorEntries(response).first?.message.isEmpty == false)
    }

    @Test func duplicatesAreRefused() throws {
        var engine = try makeEngine { $0.enforce = false }
        _ = engine.handle(addRequest(["192.0.2.0/24"]), now: t0)
        let again = engine.handle(addRequest(["192.0.2.7/24"]), now: t0)
        #expect(again.status == 400)
        #expect(errorEntries(again).first?.message.contains("already on the allow list (id 1)") == true)
        let twice = engine.handle(addRequest(["198.51.100.1", "198.51.100.1/32"]), now: t0)
        #expect(twice.status == 400)
        #expect(errorEntries(twice).map(\.field) == ["ips[1].ip"])
        #expect(engine.rules().count == 1)
    }

    @Test func ruleCapAnswers400WithTheNumbers() throws {
        var engine = try makeEngine {
            $0.enforce = false; $0.ruleCap = 3
        }
        #expect(engine.handle(addRequest(["192.0.2.1", "192.0.2.2"]), now: t0).status == 201)
        let response = engine.handle(addRequest(["192.0.2.3", "192.0.2.4"]), now: t0)
        #expect(response.status == 400)
        #expect(errorEntries(response).first?.field == "ips")
        #expect(
            errorEntries(response).first?.message.contains("at most 3 entries; it has 2 and this request adds 2")
                == true)
        #expect(engine.handle(addRequest(["192.0.2.3"]), now: t0).status == 201)
        #expect(engine.rules().count == 3)
    }

    @Test func getOneAnswersAnObjectAndUnknownIDs404() throws {
        var engine = try makeEngine { $0.enforce = false }
        _ = engine.handle(addRequest(["192.0.2.1"]), now: t0)
        let response = engine.handle(request("GET", whitelist + "/1"), now: t0)
        #expect(response.status == 200)
        #expect(
            response.bodyText
                == #"{"result":{"id":1,"ip":"192.0.2.1/32","created_at":1700000000,"updated_at":1700000000}}"#)
        for id in ["2", "abc", "-1"] {
            let missing = engine.handle(request("GET", whitelist + "/" + id), now: t0)
            #expect(missing.status == 404)
            #expect(errorEntries(missing).first?.message.isEmpty == false)
        }
    }

    @Test func deleteOneAnswers204ThenTheRuleIsGone() throws {
        var engine = try makeEngine { $0.enforce = false }
        _ = engine.handle(addRequest(["192.0.2.1", "192.0.2.2"]), now: t0)
        let response = engine.handle(request("DELETE", whitelist + "/1"), now: t0)
        #expect(response.status == 204)
        #expect(response.body.isEmpty)
        #expect(engine.rules().map(\.id) == [2])
        #expect(engine.handle(request("DELETE", whitelist + "/1"), now: t0).status == 404)
    }

    @Test func bulkDeleteTakesAJSONBodyAndIsAllOrNothing() throws {
        var engine = try makeEngine { $0.enforce = false }
        _ = engine.handle(addRequest(["192.0.2.1", "192.0.2.2", "192.0.2.3"]), now: t0)
        let unknown = engine.handle(deleteRequest([1, 99]), now: t0)
        #expect(unknown.status == 404)
        #expect(errorEntries(unknown).map(\.field) == ["ids[1]"])
        #expect(engine.rules().count == 3)
        #expect(engine.handle(deleteRequest([1, 3, 1]), now: t0).status == 204)
        #expect(engine.rules().map(\.id) == [2])
    }

    @Test(arguments: ["", "{}", #"{"ids":[]}"#, #"{"ids":["1"]}"#, #"{"ids":[1.5]}"#])
    func badBulkDeleteBodiesAnswer400(body: String) throws {
        var engine = try makeEngine { $0.enforce = false }
        _ = engine.handle(addRequest(["192.0.2.1"]), now: t0)
        let response = engine.handle(request("DELETE", whitelist, body: body), now: t0)
        #expect(response.status == 400)
        #expect(engine.rules().count == 1)
    }

    @Test func unknownPathsAndMethods() throws {
        var engine = try makeEngine { $0.enforce = false }
        #expect(engine.handle(request("GET", "/v3/nothing"), now: t0).status == 404)
        #expect(engine.handle(request("PUT", whitelist), now: t0).status == 405)
        #expect(engine.handle(request("POST", activityPath), now: t0).status == 405)
        #expect(engine.handle(request("GET", whitelist + "/"), now: t0).status == 200)
    }

    @Test func contentTypeOnGetAndBodyOnGetAreTolerated() throws {
        var engine = try makeEngine { $0.enforce = false }
        let response = engine.handle(
            request("GET", whitelist, headers: ["Content-Type": "application/json"], body: "{}"), now: t0)
        #expect(response.status == 200)
    }

    @Test func directAddRulesValidatesLikeAPost() throws {
        var engine = try makeEngine {
            $0.enforce = false; $0.ruleCap = 2
        }
        let created = try engine.addRules(["192.0.2.1", "2001:db8::/48"], now: t0)
        #expect(created.map(\.ip) == ["192.0.2.1/32", "2001:db8::/48"])
        #expect(throws: SimulatorError.self) { try engine.addRules(["192.0.2.9"], now: t0) }
        engine.removeAllRules()
        #expect(engine.rules().isEmpty)
        #expect(throws: SimulatorError.self) { try engine.addRules(["nonsense"], now: t0) }
    }
}
