import AccessCore
import Foundation
import SendGridSimulator
import Testing

@testable import SendGridAPI

/// Every operation of the client against the simulator on a real loopback socket (URLSession transport).
@Suite("Contract: operations against the simulator")
struct ContractOperationTests {
    @Test func listReturnsTheSeededRulesInIdOrder() async throws {
        try await withContractSimulator { sim in
            let result = try await contractClient(sim).listRules()
            #expect(result.value == sim.rules())
            #expect(result.value.count == 15)
            #expect(result.value.map(\.id) == result.value.map(\.id).sorted())
            #expect(result.value.contains { $0.ip == "203.0.113.0/24" })
            #expect(result.value.allSatisfy { $0.range != nil && $0.createdAt > 0 && $0.updatedAt >= $0.createdAt })
            #expect(answered(sim) == ["GET /v3/access_settings/whitelist 200"])
        }
    }

    @Test func addNormalisesWildcardsHostBitsAndBareAddresses() async throws {
        try await withContractSimulator { sim in
            let before = sim.rules()
            let client = contractClient(sim)
            let added = try await client.addRules([
                "25.203.44.*", "192.*.*.*", "10.1.2.3/8", "198.51.100.99", "2001:db8:abcd::1",
            ])
            #expect(
                added.value.map(\.ip) == [
                    "25.203.44.0/24", "192.0.0.0/8", "10.0.0.0/8", "198.51.100.99/32",
                    "2001:db8:abcd::1/128",
                ])
            let highest = before.map(\.id).max() ?? 0
            #expect(added.value.map(\.id) == Array(highest + 1...highest + 5))
            #expect(added.value.allSatisfy { $0.createdAt == $0.updatedAt && $0.createdAt > 0 })
            #expect(sim.rules() == before + added.value)
            let listed = try await client.listRules().value
            #expect(listed == sim.rules())
        }
    }

    @Test func addOnAnEmptyListSwitchesEnforcementOnForTheNextCall() async throws {
        try await withContractSimulator({ $0.seed = .empty }) { sim in
            let client = contractClient(sim)
            #expect(try await client.listRules().value.isEmpty)
            _ = try await client.addRules(["198.51.100.0/24"])
            // The list no longer empty and 203.0.113.10 not on it: the very next call is refused.
            let error = await apiError { () async throws(APIError) in try await client.listRules() }
            #expect(error?.isAddressNotAllowed == true, "\(String(describing: error))")
        }
    }

    @Test func getOneReturnsTheRule() async throws {
        try await withContractSimulator { sim in
            let office = try #require(sim.rules().first { $0.ip == "203.0.113.0/24" })
            let result = try await contractClient(sim).rule(id: office.id)
            #expect(result.value == office)
        }
    }

    @Test func removeOneDeletesOnlyThatRule() async throws {
        try await withContractSimulator { sim in
            let before = sim.rules()
            let doomed = try #require(before.first { $0.ip == "198.51.100.7/32" })
            let client = contractClient(sim)
            _ = try await client.removeRule(id: doomed.id)
            #expect(sim.rules() == before.filter { $0.id != doomed.id })
            #expect(try await client.listRules().value == sim.rules())
            #expect(answered(sim).first == "DELETE /v3/access_settings/whitelist/\(doomed.id) 204")
        }
    }

    @Test func removeManyDeletesExactlyThoseRules() async throws {
        try await withContractSimulator { sim in
            let before = sim.rules()
            let doomed = before.filter { ["192.0.2.15/32", "192.0.2.16/32", "2001:db8:8000::5/128"].contains($0.ip) }
                .map(\.id)
            try #require(doomed.count == 3)
            _ = try await contractClient(sim).removeRules(ids: doomed)
            #expect(sim.rules() == before.filter { !doomed.contains($0.id) })
            #expect(answered(sim) == ["DELETE /v3/access_settings/whitelist 204"])
        }
    }

    @Test func activityHonoursTheLimitAndRecordsTheCaller() async throws {
        try await withContractSimulator { sim in
            let client = contractClient(sim)
            let five = try await client.activity(limit: 5).value
            #expect(five.count == 5)
            #expect(five == Array(sim.activity().prefix(5)))
            // The client's own request is an allowed API attempt from 203.0.113.10, the most recent one.
            let mine = try #require(five.first)
            #expect(mine.ip == contractClientIP && mine.allowed && mine.authMethod == "API")
            let all = try await client.activity(limit: 1000).value
            #expect(all.count == sim.activity().count && all.count > 5)
            #expect(all.contains { !$0.allowed })
            #expect(all.contains { $0.location.contains("São Paulo") || $0.location.contains("東京") })
        }
    }

    @Test func hostileActivityTextIsDecodedWithoutLoss() async throws {
        try await withContractSimulator({ $0.faults = FaultSettings(hostileStrings: true) }) { sim in
            let rows = try await contractClient(sim).activity(limit: 40).value
            #expect(rows.count == 40)
            #expect(rows.map(\.ip) == sim.activity().prefix(40).map(\.ip))
            // The client hands the text over as sent (the UI sanitises it); nothing is cut or dropped.
            let locations = HostileStrings.locations, methods = HostileStrings.authMethods
            #expect(rows.map(\.location) == rows.indices.map { locations[$0 % locations.count] })
            #expect(rows.map(\.authMethod) == rows.indices.map { methods[$0 % methods.count] })
            #expect(rows.contains { $0.location.unicodeScalars.contains { $0.value == 0 } }, "NUL survives decoding")
        }
    }

    @Test func tenantsHaveTheirOwnListsAndActivity() async throws {
        try await withContractSimulator { sim in
            let parentBefore = sim.rules()
            let sub = contractClient(sim, onBehalfOf: "acme-sub")
            let account = contractClient(sim, onBehalfOf: "account-id 4242")
            #expect(try await sub.listRules().value.isEmpty)
            let added = try await sub.addRules(["203.0.113.10", "198.51.100.0/24"]).value
            #expect(listedIPs(sim, tenant: "acme-sub") == ["203.0.113.10/32", "198.51.100.0/24"])
            #expect(try await sub.listRules().value == added)
            #expect(try await account.listRules().value.isEmpty)
            #expect(sim.rules() == parentBefore)
            #expect(try await contractClient(sim).listRules().value == parentBefore)
            // A parent id is unknown to the subuser.
            let parentRule = try #require(parentBefore.first)
            let error = await apiError { () async throws(APIError) in try await sub.rule(id: parentRule.id) }
            guard case .notFound? = error else {
                Issue.record("expected 404, got \(String(describing: error))"); return
            }
            let subActivity = try await sub.activity(limit: 100).value
            #expect(subActivity.map(\.ip) == [contractClientIP])
            #expect(sim.requestLog().filter { $0.tenant == "acme-sub" }.count == 5)
        }
    }

    @Test func rateLimitHeadersAreExposedOnEveryResult() async throws {
        let clock = ManualSimulatorClock(1_700_000_000)
        try await withContractSimulator({
            $0.clock = clock; $0.rateLimit = SimulatorRateLimit(limit: 50, windowSeconds: 60)
        }) { sim in
            let client = contractClient(sim)
            let reset: Int64 = 1_700_000_060
            let list = try await client.listRules()
            #expect(list.rateLimit == RateLimit(limit: 50, remaining: 49, reset: reset))
            let office = try #require(list.value.first)
            #expect(try await client.rule(id: office.id).rateLimit == RateLimit(limit: 50, remaining: 48, reset: reset))
            let added = try await client.addRules(["192.0.2.1"])
            #expect(added.rateLimit == RateLimit(limit: 50, remaining: 47, reset: reset))
            #expect(try await client.activity(limit: 2).rateLimit == RateLimit(limit: 50, remaining: 46, reset: reset))
            let id = try #require(added.value.first?.id)
            #expect(try await client.removeRule(id: id).rateLimit == RateLimit(limit: 50, remaining: 45, reset: reset))
            #expect(
                try await client.removeRules(ids: [office.id + 1]).rateLimit
                    == RateLimit(limit: 50, remaining: 44, reset: reset))
        }
    }

    @Test func withoutARateLimitThereAreNoHeadersToExpose() async throws {
        try await withContractSimulator { sim in
            let result = try await contractClient(sim).listRules()
            #expect(result.rateLimit == nil)
        }
    }
}
