import AccessCore
import Testing

@testable import SendGridSimulator

@Suite struct EngineActivityTests {
    @Test func everyAuthenticatedAttemptIsRecordedAndAggregatedPerAddress() throws {
        var engine = try makeEngine()
        _ = engine.handle(request("GET", whitelist), now: t0)
        _ = engine.handle(request("GET", whitelist), now: t0 + 60)
        _ = engine.handle(request("GET", whitelist, key: "wrong"), now: t0 + 90)
        let rows = engine.activity()
        #expect(rows.count == 1)
        #expect(
            rows.first
                == AccessAttempt(
                    ip: "203.0.113.10", allowed: true, authMethod: "API",
                    location: "Denver, Colorado, United States", firstAt: t0, lastAt: t0 + 60))
    }

    @Test func allowedAndBlockedAttemptsAreSeparateRowsNewestFirst() throws {
        var engine = try makeEngine()
        _ = engine.handle(addRequest(["198.51.100.0/24"]), now: t0)
        _ = engine.handle(request("GET", whitelist), now: t0 + 5)
        let rows = engine.activity()
        #expect(rows.map(\.allowed) == [false, true])
        #expect(rows.map(\.lastAt) == [t0 + 5, t0])
    }

    @Test func activityEndpointServesTheSpecShapeNewestFirst() throws {
        var engine = try makeEngine { $0.seed = .demo }
        let response = engine.handle(request("GET", activityPath), now: t0)
        #expect(response.status == 200)
        let rows = resultRows(response)
        #expect(rows.count == 20, "default limit")
        #expect(rows.first?["ip"] as? String == "203.0.113.10", "this very request is the newest")
        let lastSeen = rows.compactMap { $0["last_at"] as? Int }
        #expect(lastSeen == lastSeen.sorted(by: >))
        for row in rows {
            #expect(Set(row.keys) == ["allowed", "auth_method", "first_at", "ip", "last_at", "location"])
            #expect((row["first_at"] as? Int ?? .max) <= (row["last_at"] as? Int ?? 0))
        }
    }

    @Test(arguments: [("5", 5), ("1", 1), ("1000", 40)])
    func limitIsHonoured(limit: String, expected: Int) throws {
        var engine = try makeEngine { $0.seed = .demo }
        let rows = resultRows(engine.handle(request("GET", activityPath + "?limit=" + limit), now: t0))
        #expect(rows.count == expected)
    }

    @Test(arguments: ["0", "-3", "abc", "2.5", ""])
    func badLimitsAnswer400(limit: String) throws {
        var engine = try makeEngine()
        let response = engine.handle(request("GET", activityPath + "?limit=" + limit), now: t0)
        #expect(response.status == 400)
        #expect(errorEntries(response).first?.field == "limit")
    }

    @Test func capacityDropsTheLeastRecentRows() throws {
        var engine = try makeEngine {
            $0.seed = .demo; $0.activityCapacity = 10
        }
        #expect(engine.activity().count == 10)
        var tenant = TenantState()
        for (offset, ip) in ["192.0.2.1", "192.0.2.2", "192.0.2.3"].enumerated() {
            tenant.record(ip: ip, allowed: true, authMethod: "API", location: "x", at: t0 + Int64(offset), capacity: 2)
        }
        #expect(tenant.attempts.map(\.ip) == ["192.0.2.3", "192.0.2.2"])
        tenant.record(ip: "192.0.2.2", allowed: true, authMethod: "API", location: "x", at: t0 + 9, capacity: 2)
        #expect(tenant.attempts.map(\.ip) == ["192.0.2.2", "192.0.2.3"])
        #expect(tenant.attempts.first?.firstAt == t0 + 1)
        _ = engine.handle(request("GET", whitelist), now: t0 + 1)
        #expect(engine.activity().count == 10)
        #expect(engine.activity().first?.lastAt == t0 + 1)
    }

    @Test func locationsComeFromTheBuiltInTable() {
        #expect(LocationTable.location(for: "198.51.100.7") == "São Paulo, Brazil")
        #expect(LocationTable.location(for: "192.0.2.15") == "東京, Japan")
        #expect(LocationTable.location(for: "203.0.113.10") == "Denver, Colorado, United States")
        #expect(LocationTable.location(for: "2001:db8:1234::1") == "Amsterdam, Netherlands")
        #expect(LocationTable.location(for: "2001:db8:8000::1") == "Singapore")
        #expect(LocationTable.location(for: "10.9.9.9") == "Private network")
        #expect(LocationTable.location(for: "8.8.8.8") == "Unknown")
        #expect(LocationTable.location(for: "garbage") == "Unknown")
    }
}

@Suite struct EngineSeedTests {
    @Test func demoSeedIsRealistic() throws {
        let engine = try makeEngine { $0.seed = .demo }
        let rules = engine.rules()
        #expect((14...16).contains(rules.count))
        #expect(rules.map(\.id) == Array(1...rules.count))
        #expect(rules.allSatisfy { $0.range != nil && $0.createdAt < t0 })
        let client = IPAddress("203.0.113.10")!
        #expect(rules.contains { $0.ip == "203.0.113.0/24" && $0.range!.contains(client) })
        #expect(rules.filter { $0.range!.isSingleHost }.count >= 5)
        #expect(rules.contains { $0.ip == "198.18.0.0/16" })
        #expect(rules.contains { $0.ip == "2001:db8:1234::/48" })

        let attempts = engine.activity()
        #expect((38...42).contains(attempts.count))
        #expect(attempts.filter { !$0.allowed }.count >= 8)
        #expect(attempts.contains { $0.location == "São Paulo, Brazil" })
        #expect(attempts.contains { $0.location == "東京, Japan" })
        #expect(attempts.allSatisfy { $0.firstAt <= $0.lastAt && $0.lastAt <= t0 })
        let index = CoverageIndex(rules: rules)
        #expect(attempts.contains { !$0.allowed && index.isCovered($0.address!) }, "one blocked, allowed since")
        #expect(attempts.contains { !$0.allowed && !index.isCovered($0.address!) }, "one still blocked")
    }

    @Test func demoClientIsAllowedAndEmptySeedIsEmpty() throws {
        var demo = try makeEngine { $0.seed = .demo }
        #expect(demo.handle(request("GET", whitelist), now: t0).status == 200)
        let next = demo.handle(addRequest(["203.0.113.99"]), now: t0)
        #expect(resultRows(next).first?["id"] as? Int == demo.rules().count, "ids continue after the seed")
        let empty = try makeEngine { $0.seed = .empty }
        #expect(empty.rules().isEmpty && empty.activity().isEmpty)
    }

    @Test func trafficIsDeterministicForASeedAndUsesThePool() throws {
        var a = try makeEngine {
            $0.seed = .demo; $0.randomSeed = 7
        }
        var b = try makeEngine {
            $0.seed = .demo; $0.randomSeed = 7
        }
        let first = (1...30).map { a.generateTraffic(now: t0 + Int64($0)) }
        let second = (1...30).map { b.generateTraffic(now: t0 + Int64($0)) }
        #expect(first == second)
        #expect(Set(first.map(\.ip)).count > 5)
        #expect(first.contains { !$0.allowed } && first.contains { $0.allowed })
        let index = CoverageIndex(rules: a.rules())
        #expect(first.allSatisfy { $0.allowed == index.allows($0.address!) })
        #expect(a.activity().first?.lastAt == t0 + 30)
    }

    @Test func invalidConfigurationsAreRefusedWithASentence() {
        let cases: [(inout SimulatorConfiguration) -> Void] = [
            { $0.clientIP = "not-an-ip" }, { $0.ruleCap = 0 }, { $0.activityCapacity = 0 }, { $0.apiKey = "" },
            { $0.rateLimit = SimulatorRateLimit(limit: 0) }, { $0.faults.serverErrorRate = 1.5 }, { $0.port = 70_000 },
            { $0.scopedKeys = [demoKey: [.whitelistRead]] }, { $0.faults.serverErrorStatuses = [404] },
        ]
        for configure in cases {
            #expect(throws: SimulatorError.self) { try makeEngine(configure) }
        }
        do {
            _ = try makeEngine { $0.apiKey = "" }
        } catch {
            #expect(!error.description.isEmpty)
        }
    }
}
