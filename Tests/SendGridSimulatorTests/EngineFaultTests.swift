import AccessCore
import Foundation
import Testing

@testable import SendGridSimulator

@Suite struct EngineRateLimitTests {
    @Test func offByDefault() throws {
        var engine = try makeEngine()
        let response = engine.handle(request("GET", whitelist), now: t0)
        #expect(response.headers["X-RateLimit-Limit"] == nil)
    }

    @Test func headersOnEveryResponseThen429UntilTheWindowEnds() throws {
        var engine = try makeEngine { $0.rateLimit = SimulatorRateLimit(limit: 2, windowSeconds: 60) }
        let first = engine.handle(request("GET", whitelist), now: t0)
        #expect(first.headers["X-RateLimit-Limit"] == "2")
        #expect(first.headers["X-RateLimit-Remaining"] == "1")
        #expect(first.headers["X-RateLimit-Reset"] == String(t0 + 60))
        let unauthorized = engine.handle(request("GET", whitelist, key: "bad"), now: t0 + 1)
        #expect(unauthorized.status == 401)
        #expect(unauthorized.headers["X-RateLimit-Remaining"] == "0")
        let limited = engine.handle(request("GET", whitelist), now: t0 + 2)
        #expect(limited.status == 429)
        #expect(limited.bodyText == #"{"errors":[{"field":null,"message":"too many requests"}]}"#)
        #expect(limited.headers["X-RateLimit-Remaining"] == "0")
        #expect(limited.headers["X-RateLimit-Reset"] == String(t0 + 60))
        let fresh = engine.handle(request("GET", whitelist), now: t0 + 60)
        #expect(fresh.status == 200)
        #expect(fresh.headers["X-RateLimit-Remaining"] == "1")
        #expect(fresh.headers["X-RateLimit-Reset"] == String(t0 + 120))
    }
}

@Suite struct EngineFaultTests {
    @Test func forcedStatusesAnswerBeforeAnythingHappens() throws {
        var engine = try makeEngine()
        engine.failNext(count: 2, with: .status(503))
        let first = engine.handle(addRequest(["192.0.2.1"]), now: t0)
        #expect(first.status == 503)
        #expect(errorEntries(first).first?.message == "service unavailable")
        engine.failNext(count: 1, with: .status(429))
        #expect(engine.handle(request("GET", whitelist), now: t0).status == 503)
        #expect(
            engine.handle(request("GET", whitelist), now: t0).bodyText
                == #"{"errors":[{"field":null,"message":"too many requests"}]}"#)
        #expect(engine.handle(request("GET", whitelist), now: t0).status == 200)
        #expect(engine.rules().isEmpty)
        #expect(engine.activity().count == 1, "only the request that got through is activity")
    }

    @Test func forcedDeliveryFaultsHappenAfterTheOperation() throws {
        var engine = try makeEngine()
        engine.failNext(count: 1, with: .connectionReset)
        let reset = engine.handle(addRequest(["203.0.113.10"]), now: t0)
        #expect(reset.delivery == .connectionReset)
        #expect(engine.rules().count == 1, "the POST landed although the client saw no answer")

        engine.failNext(count: 1, with: .truncatedBody)
        let truncated = engine.handle(request("GET", whitelist), now: t0)
        #expect(truncated.delivery == .truncated(keep: truncated.body.count / 2))

        engine.failNext(count: 1, with: .malformedJSON)
        let malformed = engine.handle(request("GET", whitelist), now: t0)
        #expect(malformed.status == 200)
        #expect(json(malformed) == nil)

        engine.failNext(count: 1, with: .malformedJSON)
        #expect(engine.handle(request("DELETE", whitelist + "/1"), now: t0).body.isEmpty, "a 204 stays empty")
    }

    @Test func ratesOfOneAlwaysFailAndZeroNever() throws {
        var engine = try makeEngine { $0.faults = FaultSettings(serverErrorRate: 1, serverErrorStatuses: [502]) }
        for _ in 0..<5 { #expect(engine.handle(request("GET", whitelist), now: t0).status == 502) }
        engine.setFaults(FaultSettings(connectionResetRate: 1))
        #expect(engine.handle(request("GET", whitelist), now: t0).delivery == .connectionReset)
        engine.setFaults(FaultSettings(truncatedBodyRate: 1))
        #expect(engine.handle(request("GET", whitelist), now: t0).delivery == .truncated(keep: 6))
        engine.setFaults(.none)
        for _ in 0..<20 { #expect(engine.handle(request("GET", whitelist), now: t0).delivery == .normal) }
    }

    @Test func partialRatesAreSeededAndRoughlyRight() throws {
        func statuses(seed: UInt64) throws -> [Int] {
            var engine = try makeEngine {
                $0.randomSeed = seed; $0.faults = FaultSettings(serverErrorRate: 0.3)
            }
            return (0..<400).map { _ in engine.handle(request("GET", whitelist), now: t0).status }
        }
        let a = try statuses(seed: 1), b = try statuses(seed: 1)
        #expect(a == b)
        let failures = a.filter { $0 >= 500 }.count
        #expect((80...160).contains(failures))
        #expect(Set(a.filter { $0 >= 500 }).isSubset(of: [500, 502, 503]))
    }

    @Test func latencyIsDrawnWithinBounds() throws {
        var engine = try makeEngine {
            $0.faults = FaultSettings(latency: .milliseconds(100), latencyJitter: .milliseconds(50))
        }
        for _ in 0..<20 {
            let delay = engine.handle(request("GET", whitelist), now: t0).delay
            #expect(delay >= .milliseconds(100) && delay <= .milliseconds(150))
        }
        #expect(engine.handle(request("GET", SimulatorEngine.discoveryPath), now: t0).delay == .zero)
    }

    @Test func hostileStringsReplaceLocationAndAuthMethodInResponsesOnly() throws {
        var engine = try makeEngine {
            $0.seed = .demo; $0.faults.hostileStrings = true
        }
        let response = engine.handle(request("GET", activityPath + "?limit=40"), now: t0)
        let rows = resultRows(response)
        let locations = rows.compactMap { $0["location"] as? String }
        let methods = rows.compactMap { $0["auth_method"] as? String }
        #expect(locations.contains { $0.contains("\u{1B}[") })
        #expect(locations.contains { $0.contains("\u{1B}]") })
        #expect(locations.contains { $0.contains("\r") })
        #expect(locations.contains { $0.contains("\u{08}") })
        #expect(locations.contains { $0.contains("\u{202E}") })
        #expect(locations.contains { $0.contains("\u{200B}") })
        #expect(locations.contains { $0.contains("\u{0}") })
        #expect(locations.contains { $0.count > 1_000 })
        #expect(methods.contains { $0.contains("\u{1B}") } && methods.contains { $0.contains("\u{0}") })
        #expect(response.bodyText.contains("\\u0000") && response.bodyText.contains("\\u001b"), "escaped, valid JSON")
        #expect(engine.activity().allSatisfy { !$0.location.contains("\u{1B}") }, "stored data stays clean")
    }

    @Test func theRequestLogRecordsOutcomesWithoutSecrets() throws {
        var engine = try makeEngine()
        _ = engine.handle(request("GET", whitelist, headers: ["on-behalf-of": "sub"]), now: t0)
        _ = engine.handle(request("GET", whitelist, key: "nope"), now: t0 + 1)
        #expect(engine.requestLog.map(\.status) == [200, 401])
        #expect(engine.requestLog.first?.tenant == "sub")
        #expect(!"\(engine.requestLog)".contains(demoKey))
    }
}

@Suite struct EnginePersistenceTests {
    @Test func stateRoundTripsThroughAFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sim-state-\(UUID().uuidString).json")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var engine = try makeEngine { $0.enforce = false }
        _ = engine.handle(addRequest(["192.0.2.0/24", "2001:db8::/48"]), now: t0)
        _ = engine.handle(addRequest(["198.51.100.1"], headers: ["on-behalf-of": "sub"]), now: t0)
        _ = engine.handle(request("DELETE", whitelist + "/2"), now: t0)
        try engine.persistedState.save(path: path)

        let loaded = try #require(try PersistedSimulatorState.load(path: path))
        let restored = try SimulatorEngine(
            configuration: testConfiguration {
                $0.seed = .demo; $0.enforce = false
            }, now: t0 + 99, restoring: loaded)
        #expect(engine.rules().map(\.id) == [1])
        #expect(restored.rules() == engine.rules())
        #expect(restored.rules(tenant: "sub") == engine.rules(tenant: "sub"))
        var next = restored
        #expect(resultRows(next.handle(addRequest(["203.0.113.0/24"]), now: t0)).first?["id"] as? Int == 4)
    }

    @Test func aMissingFileIsNilAndAGarbageFileIsAClearError() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sim-state-\(UUID().uuidString).json")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try PersistedSimulatorState.load(path: path) == nil)
        try Data("not json".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: SimulatorError.self) { try PersistedSimulatorState.load(path: path) }
        let bad =
            #"{"version":1,"next_id":3,"tenants":{"":[{"id":1,"ip":"300.1.1.1/32","created_at":1,"updated_at":1}]}}"#
        try Data(bad.utf8).write(to: URL(fileURLWithPath: path))
        do {
            _ = try PersistedSimulatorState.load(path: path)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains(path) && error.description.contains("greater than 255"))
        }
    }

    @Test func revisionMovesOnlyOnListChanges() throws {
        var engine = try makeEngine()
        let start = engine.revision
        _ = engine.handle(request("GET", whitelist), now: t0)
        _ = engine.handle(addRequest(["bad"]), now: t0)
        #expect(engine.revision == start)
        _ = engine.handle(addRequest(["192.0.2.1"]), now: t0)
        #expect(engine.revision == start + 1)
    }
}
