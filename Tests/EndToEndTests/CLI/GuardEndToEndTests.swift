import Foundation
import TestSupport
import Testing

/// The lockout guard of the real binary against an in-process demo simulator, whose client address is
/// 203.0.113.10 (covered by the office rule 203.0.113.0/24). Serialized like the other CLI suites.
@Suite("sgaccess lockout guard against the simulator", .serialized)
struct GuardEndToEndTests {
    /// `SSH_CONNECTION` names the operator's workstation, not this host: with it alone the guard does not know
    /// the address SendGrid sees for sgaccess, so removing the rule that covers it is refused — and it still works.
    @Test func anSSHAddressAloneDoesNotLetMeRemoveTheRuleCoveringThisHost() async throws {
        try await withSimulator { sim in
            let ssh = ["SSH_CONNECTION": "198.51.100.7 52113 10.0.0.2 22"]
            let refused = try await sim.run(["remove", officeRange, "--yes"], ssh)
            #expect(refused.status == 3, "\(refused.err)")
            #expect(refused.err.contains("This host's address is unknown"))
            #expect(refused.err.contains("SSH_CONNECTION names your workstation (198.51.100.7)"))
            #expect(refused.err.contains("--my-ip ADDR or SGACCESS_MY_IPS"))
            #expect(sim.rule(officeRange) != nil, "the simulator still has the rule")
            #expect(!sim.simulator.requestLog().contains { $0.method == "DELETE" })

            let list = try await sim.run(["list"], ssh)
            #expect(list.status == 0, "still allowed: \(list.err)")

            let whoami = try await sim.run(["whoami"], ssh)
            #expect(whoami.out.contains("this host: unknown — pass --my-ip"))
            #expect(whoami.out.contains("your SSH address 198.51.100.7 (the web console's caller)"))
        }
    }

    @Test func aPrivateSSHAddressIsNeverGivenAsAdvice() async throws {
        try await withSimulator { sim in
            let ssh = ["SSH_CONNECTION": "10.0.0.5 52113 10.0.0.2 22"]
            let refused = try await sim.run(["remove", officeRange, "--yes", "--my-ip", clientIP], ssh)
            #expect(refused.status == 3)
            #expect(refused.err.contains("Add a rule covering \(clientIP) first"))
            #expect(!refused.all.contains("10.0.0.5"))
            let whoami = try await sim.run(["whoami", "--my-ip", clientIP], ssh)
            #expect(whoami.status == 0, "\(whoami.all)")
            #expect(
                whoami.out.contains(
                    "your SSH address 10.0.0.5 is private; SendGrid sees your network's public address, unknown"))
        }
    }

    @Test func allowingEverythingNeedsAllowWide() async throws {
        try await withSimulator { sim in
            let refused = try await sim.run(["allow", "*.*.*.*", "--my-ip", clientIP])
            #expect(refused.status == 3)
            #expect(refused.err.contains("4,294,967,296"))
            #expect(refused.err.contains("--allow-wide"))
            #expect(sim.rule("0.0.0.0/0") == nil)
            #expect(!sim.simulator.requestLog().contains { $0.method == "POST" })

            let landed = try await sim.run(["allow", "*.*.*.*", "--my-ip", clientIP, "--allow-wide"])
            #expect(landed.status == 0, "\(landed.err)")
            #expect(landed.err.contains("Going ahead because of --allow-wide"))
            #expect(sim.rule("0.0.0.0/0") != nil)
        }
    }

    @Test func aRemovalSaysWhoItWouldHaveRefusedFromTheSimulatorsActivity() async throws {
        try await withSimulator { sim in
            // The demo seed's 198.51.100.7 called the API an hour ago, allowed by its own /32.
            let dry = try await sim.run(["remove", "198.51.100.7", "--dry-run", "--my-ip", clientIP])
            #expect(dry.status == 0, "\(dry.err)")
            #expect(
                dry.out.contains(
                    "Would have refused 1 address seen allowed in the last 24h: 198.51.100.7 (API, 1h ago)."))
            #expect(dry.out.contains("Lockout guard: would go ahead."))
            #expect(sim.rule("198.51.100.7/32") != nil)

            let removed = try await sim.run(["remove", "198.51.100.7", "--yes", "--json", "--my-ip", clientIP])
            #expect(removed.status == 0, "\(removed.err)")
            let lockout = try #require(try removed.json()["lockout"] as? [String: Any])
            let refusals = try #require(lockout["recent_refusals"] as? [String: Any])
            #expect(
                (refusals["addresses"] as? [[String: Any]])?.compactMap { $0["address"] as? String } == ["198.51.100.7"]
            )
            #expect(sim.rule("198.51.100.7/32") == nil)
        }
    }

    /// A key that may list and delete but not read the activity: the removal says it could not check who it would
    /// have refused, and why, and goes on.
    @Test func aKeyWithoutActivityReadStillRemoves() async throws {
        let key = "SG.noActivityAbcdefghijk.noActivitySecretAbcdefghijklmnopqrstuvwxyz01"
        try await withSimulator(scopedKeys: [key: [.whitelistRead, .whitelistDelete]]) { sim in
            let removed = try await sim.run(
                ["remove", "198.51.100.8", "--yes", "--my-ip", clientIP], ["SENDGRID_API_KEY": key])
            #expect(removed.status == 0, "\(removed.err)")
            #expect(removed.err.contains("Could not check who this change would have refused recently"))
            #expect(removed.err.contains("403"))
            #expect(removed.err.contains("access_settings.activity.read"))
            #expect(!removed.all.contains("noActivitySecret"))
            #expect(sim.rule("198.51.100.8/32") == nil)
        }
    }
}
