import AccessCore
import Foundation
import Testing

@testable import SendGridSimulator

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@Suite struct HTTPServerTests {
    @Test func servesTheDemoListOnAFreePortAndStops() async throws {
        let simulator = try await SimulatorServer.start(testConfiguration { $0.seed = .demo })
        #expect(simulator.port > 0)
        #expect(simulator.baseURL == "http://127.0.0.1:\(simulator.port)")
        let list = try await send(simulator, "GET", whitelist, headers: ["Content-Type": "application/json"])
        #expect(list.status == 200)
        #expect(list.header("Content-Type") == "application/json")
        #expect(list.rows.count == simulator.rules().count)
        #expect(list.rows.first?["ip"] as? String == "203.0.113.0/24")
        await simulator.stop()
        await #expect(throws: (any Error).self) { _ = try await send(simulator, "GET", whitelist) }
    }

    @Test func fullRoundTripOfTheSixOperations() async throws {
        try await withSimulator { simulator in
            let created = try await send(
                simulator, "POST", whitelist, body: addBody(["203.0.113.0/24", "198.51.100.*"]))
            #expect(created.status == 201)
            #expect(created.rows.map { $0["ip"] as? String } == ["203.0.113.0/24", "198.51.100.0/24"])
            let one = try await send(simulator, "GET", whitelist + "/2")
            #expect(one.status == 200)
            #expect((json(one.data) as? [String: Any])?["result"] is [String: Any])
            let answer1 = try await send(simulator, "DELETE", whitelist, body: #"{"ids":[2]}"#)
            #expect(answer1.status == 204)
            let answer2 = try await send(simulator, "GET", whitelist + "/2")
            #expect(answer2.status == 404)
            let missing = try await send(simulator, "DELETE", whitelist + "/2")
            #expect(missing.status == 404)
            #expect(errorEntries(missing.data).first?.message.isEmpty == false)
            let activity = try await send(simulator, "GET", activityPath + "?limit=1")
            #expect(activity.rows.count == 1)
            #expect(activity.rows.first?["ip"] as? String == "203.0.113.10")
            #expect(simulator.rules().map(\.ip) == ["203.0.113.0/24"])
        }
    }

    @Test func errorsUseSendGridsFormat() async throws {
        try await withSimulator { simulator in
            let unauthorized = try await send(simulator, "GET", whitelist, key: nil)
            #expect(unauthorized.status == 401)
            #expect(unauthorized.text == EngineAuthTests.exact401)
            let badJSON = try await send(simulator, "POST", whitelist, body: "{not json")
            #expect(badJSON.status == 400)
            #expect(errorEntries(badJSON.data).count == 1)
            let badIP = try await send(simulator, "POST", whitelist, body: addBody(["1.2.3"]))
            #expect(errorEntries(badIP.data).first?.field == "ips[0].ip")
            let unknown = try await send(simulator, "GET", "/nowhere")
            #expect(unknown.status == 404)
            #expect(errorEntries(unknown.data).first?.message == "resource not found")
            let huge = try await send(simulator, "POST", whitelist, body: String(repeating: " ", count: 2 << 20))
            #expect(huge.status == 413)
            #expect(errorEntries(huge.data).first?.message.isEmpty == false)
        }
    }

    @Test func removingTheRuleThatCoversTheClientLocksItOut() async throws {
        try await withSimulator({ $0.seed = .demo }) { simulator in
            let office = try #require(simulator.rules().first { $0.ip == "203.0.113.0/24" })
            let answer3 = try await send(simulator, "DELETE", whitelist + "/\(office.id)")
            #expect(answer3.status == 204)
            let blocked = try await send(simulator, "GET", whitelist)
            #expect(blocked.status == 403)
            #expect(errorEntries(blocked.data).first?.message.hasPrefix("access forbidden") == true)
            #expect(simulator.activity().first?.allowed == false)
            simulator.removeAllRules()
            let answer4 = try await send(simulator, "GET", whitelist)
            #expect(answer4.status == 200)
        }
    }

    @Test func rateLimitHeadersAnd429() async throws {
        try await withSimulator({ $0.rateLimit = SimulatorRateLimit(limit: 2, windowSeconds: 3600) }) { simulator in
            let first = try await send(simulator, "GET", whitelist)
            #expect(first.header("X-RateLimit-Limit") == "2")
            #expect(first.header("x-ratelimit-remaining") == "1")
            #expect(Int(first.header("X-RateLimit-Reset") ?? "") ?? 0 > 1_700_000_000)
            _ = try await send(simulator, "GET", whitelist)
            let limited = try await send(simulator, "GET", whitelist)
            #expect(limited.status == 429)
            #expect(limited.text == #"{"errors":[{"field":null,"message":"too many requests"}]}"#)
            #expect(limited.header("X-RateLimit-Remaining") == "0")
        }
    }

    @Test func discoveryEndpointAnswersPlainText() async throws {
        try await withSimulator { simulator in
            let answer = try await send(simulator, "GET", SimulatorEngine.discoveryPath, key: nil)
            #expect(answer.status == 200)
            #expect(answer.header("Content-Type")?.hasPrefix("text/plain") == true)
            #expect(answer.text == "203.0.113.10\n")
            #expect(simulator.discoveryURL.hasSuffix("/sgaccess/my-ip"))
        }
    }
}

@Suite struct HTTPAccessTests {
    @Test func scopedKeysTenantsAndHeaderCaseOverTheWire() async throws {
        try await withSimulator({ $0.scopedKeys = ["reader": [.whitelistRead]] }) { simulator in
            let denied = try await send(simulator, "POST", whitelist, key: "reader", body: addBody(["203.0.113.5"]))
            #expect(denied.status == 403)
            #expect(denied.text == #"{"errors":[{"field":null,"message":"access forbidden"}]}"#)
            let read = try await send(simulator, "GET", whitelist, key: "reader")
            #expect(read.status == 200)

            let sub = ["ON-BEHALF-OF": "subuser-7"]
            let created = try await send(simulator, "POST", whitelist, headers: sub, body: addBody(["198.51.100.0/24"]))
            #expect(created.status == 201)
            #expect(simulator.rules(tenant: "subuser-7").map(\.ip) == ["198.51.100.0/24"])
            #expect(simulator.rules().isEmpty)
            let locked = try await send(simulator, "GET", whitelist, headers: ["on-behalf-of": "subuser-7"])
            #expect(locked.status == 403)
            #expect(simulator.activity(tenant: "subuser-7").first?.allowed == false)
        }
    }

    @Test func forwardedForWhenTrusted() async throws {
        try await withSimulator({ $0.trustForwardedFor = true }) { simulator in
            try simulator.addRules(["198.51.100.0/24"])
            let outside = try await send(simulator, "GET", whitelist)
            #expect(outside.status == 403)
            let inside = try await send(simulator, "GET", whitelist, headers: ["X-Forwarded-For": "198.51.100.20"])
            #expect(inside.status == 200)
            let discovered = try await send(
                simulator, "GET", SimulatorEngine.discoveryPath, key: nil,
                headers: ["X-Forwarded-For": "198.51.100.20"])
            #expect(discovered.text == "198.51.100.20\n")
            #expect(simulator.requestLog().map(\.status) == [403, 200, 200])
            #expect(throws: SimulatorError.self) { try simulator.addRules(["198.51.100.0/24"]) }
        }
    }

    @Test func aPortInUseIsAClearError() async throws {
        try await withSimulator { simulator in
            do {
                let second = try await SimulatorServer.start(testConfiguration { $0.port = simulator.port })
                await second.stop()
                Issue.record("a second simulator bound the same port")
            } catch let error as SimulatorError {
                #expect(error.description.contains("port \(simulator.port) on 127.0.0.1 is already in use"))
            }
        }
    }
}
