import Foundation
import TestSupport
import Testing

/// `list`, `activity`, `check` and `whoami` of the real binary against an in-process demo simulator.
/// Serialized: each test starts real processes, and the whole package's tests share two cores.
@Suite("sgaccess read commands against the simulator", .serialized)
struct ReadCommandsEndToEndTests {
    @Test func listShowsTheDemoRulesAndMarksMine() async throws {
        try await withSimulator { sim in
            let result = try await sim.run(["list", "--my-ip", clientIP])
            #expect(result.status == 0, "\(result.err)")
            let output = lines(result.out)
            #expect(output.first?.hasPrefix("ID  RULE") == true)
            let office = try #require(output.first { $0.contains(officeRange) })
            #expect(office.hasSuffix(clientIP), "the MINE column names my address on the covering rule")
            #expect(
                output.suffix(2) == [
                    "15 rules (limit 1000); enforcement is on: only these ranges may call the API.",
                    "Account: parent account · \(sim.simulator.baseURL.dropFirst("http://".count)) (custom URL)",
                ])
            #expect(output.contains { $0.contains("198.18.0.0/16") }, "the wildcard seed entry is shown normalised")
        }
    }

    @Test func listJSONShape() async throws {
        try await withSimulator { sim in
            let result = try await sim.run(["list", "--json", "--my-ip", clientIP])
            #expect(result.status == 0)
            let json = try result.json()
            #expect(Set(json.keys) == ["count", "enforced", "limit", "rules"])
            #expect(json["count"] as? Int == 15)
            #expect(json["enforced"] as? Bool == true)
            let rules = try #require(json["rules"] as? [[String: Any]])
            #expect(rules.count == 15)
            #expect(
                rules.allSatisfy {
                    Set($0.keys) == ["id", "ip", "range", "created_at", "updated_at", "covers_mine", "note", "expires"]
                })
            #expect(rules.allSatisfy { $0["note"] is NSNull && $0["expires"] is NSNull }, "a fresh state folder")
            let office = try #require(rules.first { $0["range"] as? String == officeRange })
            #expect(office["id"] as? Int == sim.rule(officeRange)?.id)
            #expect(office["covers_mine"] as? [String] == [clientIP])
            #expect(rules.compactMap { $0["range"] as? String }.sorted() == sim.ranges.sorted())
        }
    }

    @Test func activityTableAndJSON() async throws {
        try await withSimulator { sim in
            let table = try await sim.run(["activity", "--limit", "100"])
            #expect(table.status == 0, "\(table.err)")
            #expect(lines(table.out).first?.hasPrefix("IP") == true)
            #expect(table.out.contains("São Paulo, Brazil") && table.out.contains("東京, Japan"))
            #expect(table.out.contains("blocked"))

            let json = try await sim.run(["activity", "--json", "--limit", "100"]).json()
            #expect(Set(json.keys) == ["count", "attempts"])
            let attempts = try #require(json["attempts"] as? [[String: Any]])
            #expect(attempts.count == json["count"] as? Int)
            #expect(attempts.count >= 30)
            let keys: Set<String> = [
                "ip", "allowed", "status", "rule_id", "covering_rule_ids", "auth_method", "location", "first_at",
                "last_at",
            ]
            #expect(attempts.allSatisfy { Set($0.keys) == keys })
            let statuses = Set(attempts.compactMap { $0["status"] as? String })
            #expect(statuses.isSubset(of: ["blocked", "allowed_since", "allowed", "no_longer_allowed"]))
            #expect(statuses.contains("blocked") && statuses.contains("allowed") && statuses.contains("allowed_since"))
            let lastSeen = attempts.compactMap { $0["last_at"] as? Int }
            #expect(lastSeen == lastSeen.sorted(by: >), "newest first")
        }
    }

    @Test func activityBlockedShowsOnlyBlockedAttempts() async throws {
        try await withSimulator { sim in
            let json = try await sim.run(["activity", "--blocked", "--json", "--limit", "100"]).json()
            let attempts = try #require(json["attempts"] as? [[String: Any]])
            #expect(!attempts.isEmpty)
            #expect(attempts.allSatisfy { $0["allowed"] as? Bool == false })
            #expect(
                attempts.contains { $0["ip"] as? String == "198.51.100.23" && $0["status"] as? String == "blocked" })
        }
    }

    @Test func checkExitsZeroNamingTheRuleAndOneWhenNotCovered() async throws {
        try await withSimulator { sim in
            let id = try #require(sim.rule(officeRange)?.id)
            let allowed = try await sim.run(["check", clientIP])
            #expect(allowed.status == 0)
            #expect(
                allowed.out.hasPrefix("\(clientIP) is allowed by #\(id) \(officeRange).\nAccount: parent account · "))

            let refused = try await sim.run(["check", "192.0.2.99"])
            #expect(refused.status == 1)
            #expect(refused.out.contains("192.0.2.99 is NOT allowed: none of the 15 rules covers it."))

            let json = try await sim.run(["check", "--json", "203.0.113.200"]).json()
            #expect(json["allowed"] as? Bool == true)
            #expect(json["reason"] as? String == "covered")
            let rules = try #require(json["rules"] as? [[String: Any]])
            #expect(
                rules.compactMap { $0["range"] as? String } == ["203.0.113.200/32", officeRange], "narrowest first")
        }
    }

    @Test func whoamiUsesFlagsAndTheSimulatorsDiscoveryURL() async throws {
        try await withSimulator { sim in
            let flagged = try await sim.run(["whoami", "--my-ip", clientIP])
            #expect(flagged.status == 0)
            #expect(
                flagged.out.contains("\(clientIP)  configured  allowed by #\(sim.rule(officeRange)!.id) \(officeRange)")
            )

            let discovered = try await sim.run(["whoami", "--json", "--my-ip-url", sim.simulator.discoveryURL])
            #expect(discovered.status == 0, "\(discovered.err)")
            let mine = try #require(try discovered.json()["addresses"] as? [[String: Any]])
            #expect(mine.count == 1)
            #expect(mine.first?["address"] as? String == clientIP)
            #expect(mine.first?["source"] as? String == "discovered")

            let uncovered = try await sim.run(["whoami"], ["SGACCESS_MY_IPS": "192.0.2.99"])
            #expect(uncovered.status == 1)
            #expect(uncovered.out.contains("NOT COVERED"))
        }
    }
}
