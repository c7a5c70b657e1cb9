import Foundation
import TestSupport
import Testing

/// `allow` and `remove` of the real binary against an in-process demo simulator: what lands, what is refused.
/// Serialized: each test starts real processes, and the whole package's tests share two cores.
@Suite("sgaccess allow and remove against the simulator", .serialized)
struct MutationEndToEndTests {
    /// The "Done when": removing the rule covering the simulator's client address is refused without
    /// --allow-lockout; with it the removal lands and the next call really gets 403.
    @Test func removingMyOwnRuleIsRefusedAndWithAllowLockoutLocksMeOut() async throws {
        try await withSimulator { sim in
            let refused = try await sim.run(["remove", officeRange, "--yes", "--my-ip", clientIP])
            #expect(refused.status == 3)
            #expect(refused.err.contains(clientIP))
            #expect(refused.err.contains("--allow-lockout"))
            #expect(sim.rule(officeRange) != nil, "the simulator still has the rule")

            let refusedJSON = try await sim.run(["remove", officeRange, "--yes", "--json", "--my-ip", clientIP])
            #expect(refusedJSON.status == 3)
            let error = try #require(try refusedJSON.json()["error"] as? [String: Any])
            #expect(error["kind"] as? String == "refused")
            #expect(error["addresses"] as? [String] == [clientIP])
            #expect(sim.rule(officeRange) != nil)

            let removed = try await sim.run(["remove", officeRange, "--yes", "--allow-lockout", "--my-ip", clientIP])
            #expect(removed.status == 0, "\(removed.err)")
            #expect(removed.out.hasPrefix("Removed 1:"))
            #expect(removed.err.contains("Going ahead because of --allow-lockout"))
            #expect(
                removed.out.contains(
                    "The list could not be read back: SendGrid now refuses this host (403), as the change took its "
                        + "address off the list."))
            #expect(sim.rule(officeRange) == nil)

            let locked = try await sim.run(["list"])
            #expect(locked.status == 5)
            #expect(locked.err.contains("SendGrid refused access (403)"))
            #expect(
                locked.err.contains(
                    "This machine's address is no longer allowed: it is not on the IP Access Management allow list"))
            #expect(
                sim.simulator.activity().first { $0.ip == clientIP }?.allowed == false,
                "the simulator recorded the refusal")
        }
    }

    @Test func theDiscoveryURLAloneIsEnoughForTheGuard() async throws {
        try await withSimulator { sim in
            let id = try #require(sim.rule(officeRange)?.id)
            let refused = try await sim.run(["remove", "\(id)", "--yes", "--my-ip-url", sim.simulator.discoveryURL])
            #expect(refused.status == 3)
            #expect(refused.err.contains(clientIP))
            #expect(sim.rule(officeRange) != nil)
        }
    }

    @Test func removingWithoutKnowingMyAddressIsRefused() async throws {
        try await withSimulator { sim in
            let refused = try await sim.run(["remove", "198.51.100.7", "--yes"])
            #expect(refused.status == 3)
            #expect(refused.err.contains("This host's address is unknown"))
            #expect(refused.err.contains("--my-ip ADDR or SGACCESS_MY_IPS"))
            #expect(sim.rule("198.51.100.7/32") != nil)
        }
    }

    @Test func removeWithoutATerminalNeedsYes() async throws {
        try await withSimulator { sim in
            let refused = try await sim.run(["remove", "198.51.100.7", "--my-ip", clientIP])
            #expect(refused.status == 2)
            #expect(refused.err.contains("standard input is not a terminal. Re-run with --yes."))
            #expect(sim.rule("198.51.100.7/32") != nil, "nothing was removed")

            let removed = try await sim.run([
                "remove", "198.51.100.7", "192.0.2.15", "--yes", "--json", "--my-ip", clientIP,
            ])
            #expect(removed.status == 0)
            let json = try removed.json()
            #expect(Set(json.keys) == ["dry_run", "removed", "not_found", "lockout", "after"])
            #expect((json["after"] as? [String: Any])?["count"] as? Int == sim.simulator.rules().count)
            let rules = try #require(json["removed"] as? [[String: Any]])
            #expect(rules.compactMap { $0["range"] as? String }.sorted() == ["192.0.2.15/32", "198.51.100.7/32"])
            #expect((json["lockout"] as? [String: Any])?["verdict"] as? String == "safe")
            #expect(sim.rule("198.51.100.7/32") == nil && sim.rule("192.0.2.15/32") == nil)
            #expect(sim.ranges.count == 13)
        }
    }

    @Test func allowNormalisesWildcardsAndShowsTheResult() async throws {
        try await withSimulator { sim in
            // 192.*.*.* and 10.1.2.3/8 are /8s: wide, so they need --allow-wide.
            let result = try await sim.run([
                "allow", "25.203.44.*", "192.*.*.*", "10.1.2.3/8", "--my-ip", clientIP, "--allow-wide",
            ])
            #expect(result.status == 0, "\(result.err)")
            #expect(result.out.hasPrefix("Added 3:"))
            for range in ["25.203.44.0/24", "192.0.0.0/8", "10.0.0.0/8"] {
                #expect(result.out.contains(range))
                #expect(sim.rule(range) != nil, "\(range) landed on the simulator")
            }
            #expect(
                result.out.contains("25.203.44.*") && result.out.contains("192.*.*.*"),
                "the input is shown beside the rule")

            let json = try await sim.run(["allow", "--json", "198.51.100.*", "198.51.100.7", "--my-ip", clientIP])
                .json()
            let added = try #require(json["added"] as? [[String: Any]])
            #expect(added.count == 1)
            #expect(added.first?["range"] as? String == "198.51.100.0/24")
            #expect(added.first?["input"] as? String == "198.51.100.*")
            #expect(added.first?["id"] as? Int == sim.rule("198.51.100.0/24")?.id)
            let skipped = try #require(json["skipped"] as? [[String: Any]])
            #expect(skipped.first?["reason"] as? String == "already_present")
            #expect(skipped.first?["rule_id"] as? Int == sim.rule("198.51.100.7/32")?.id)
        }
    }

    @Test func allowPastTheSimulatorsRuleCapIsRefusedAndNothingLands() async throws {
        try await withSimulator(ruleCap: 16) { sim in
            let result = try await sim.run(["allow", "192.0.2.50", "192.0.2.51", "--my-ip", clientIP])
            #expect(result.status == 4)
            #expect(result.err.contains("SendGrid rejected the request (400)"))
            #expect(result.err.contains("at most 16 entries"))
            #expect(sim.ranges.count == 15)
        }
    }

    @Test func allowPastTheThousandRuleCapIsRefusedBeforeAnyPOST() async throws {
        try await withSimulator(seed: .empty) { sim in
            // The office range keeps the caller allowed; 998 more make 999.
            try sim.simulator.addRules([officeRange] + (0..<998).map { "10.\($0 / 256).\($0 % 256).0/24" })
            let result = try await sim.run(["allow", "192.0.2.50", "192.0.2.51", "--my-ip", clientIP])
            #expect(result.status == 3)
            #expect(result.err.contains("1000"))
            #expect(result.err.contains("999"))
            #expect(!sim.simulator.requestLog().contains { $0.method == "POST" }, "refused before any POST")
            #expect(sim.ranges.count == 999)
        }
    }

    @Test func firstRuleOnAnEmptyListMustCoverMe() async throws {
        try await withSimulator(seed: .empty) { sim in
            let refused = try await sim.run(["allow", "192.0.2.50", "--my-ip", clientIP])
            #expect(refused.status == 3)
            #expect(refused.err.contains(clientIP))
            #expect(sim.ranges.isEmpty)
            let allowed = try await sim.run(["allow", "203.0.113.0/24", "--my-ip", clientIP])
            #expect(allowed.status == 0, "\(allowed.err)")
            #expect(sim.ranges == [officeRange])
            #expect(try await sim.run(["list"]).status == 0, "still allowed after enforcement switched on")
        }
    }
}
