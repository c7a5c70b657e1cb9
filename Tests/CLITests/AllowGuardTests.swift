import AccessCore
import Foundation
import Testing

@testable import SGAccessCLI

/// `allow` and the lockout guard: wide ranges, entries wider than they look, and this host's unknown address.
@Suite struct AllowGuardTests {
    let me = ["--my-ip", "203.0.113.10"]
    let everything =
        "0.0.0.0/0 allows 4,294,967,296 addresses: the whole IPv4 internet — SendGrid would in effect stop filtering."

    @Test(arguments: ["0.0.0.0/0", "*.*.*.*", "252.79.32.70/0", "10.0.0.0/15", "2001:db8::/47", "::/0", "10.1.2.3/24"])
    func wideOrWiderThanItLooksIsRefused(_ entry: String) async throws {
        let service = FakeService(ranges: ["203.0.113.0/24"])
        let result = await run(["allow", entry, "--json"] + me, service: service)
        #expect(result.status == 3, "\(entry)")
        #expect(result.err.contains("Narrow the range, or pass --allow-wide if you really mean it."))
        #expect(await service.mutatingCalls.isEmpty)
        let error = try #require(try result.json()["error"] as? [String: Any])
        #expect(error["kind"] as? String == "refused")
    }

    @Test func theSizeIsNamed() async {
        let typed = await run(["allow", "0.0.0.0/0"] + me, service: FakeService(ranges: ["203.0.113.0/24"]))
        #expect(
            typed.err == "Error: Refused: " + everything
                + " Narrow the range, or pass --allow-wide if you really mean it.")
        let wildcard = await run(["allow", "*.*.*.*"] + me, service: FakeService(ranges: ["203.0.113.0/24"]))
        #expect(wildcard.err.contains("“*.*.*.*” means 0.0.0.0/0, which allows 4,294,967,296 addresses"))
        let hostBits = await run(["allow", "252.79.32.70/0"] + me, service: FakeService(ranges: ["203.0.113.0/24"]))
        #expect(
            hostBits.err.contains(
                "“252.79.32.70/0” means 0.0.0.0/0, which allows 4,294,967,296 addresses: the whole IPv4 internet"))
    }

    @Test(arguments: ["10.0.0.0/16", "2001:db8::/48", "25.203.44.*", "192.0.2.7"])
    func narrowEnoughIsAdded(_ entry: String) async {
        let service = FakeService(ranges: ["203.0.113.0/24"])
        let result = await run(["allow", entry] + me, service: service)
        #expect(result.status == 0, "\(entry): \(result.err)")
        #expect(await service.mutatingCalls.count == 1)
    }

    @Test func allowWideAddsItWithAWarning() async throws {
        let service = FakeService(ranges: ["203.0.113.0/24"])
        let result = await run(["allow", "*.*.*.*", "--allow-wide", "--json"] + me, service: service)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.err.contains("Warning: “*.*.*.*” means 0.0.0.0/0"))
        #expect(result.err.contains("Going ahead because of --allow-wide."))
        #expect(await service.mutatingCalls == ["add 0.0.0.0/0"])
        let wide = try #require((try result.json()["lockout"] as? [String: Any])?["wide"] as? [[String: Any]])
        #expect(wide.first?["input"] as? String == "*.*.*.*")
        #expect(wide.first?["everything"] as? Bool == true)
    }

    @Test func aDryRunOfAWideRangeShowsTheRefusal() async throws {
        let service = FakeService(ranges: ["203.0.113.0/24"])
        let human = await run(["allow", "*.*.*.*", "--dry-run"] + me, service: service)
        #expect(human.status == 0)
        #expect(human.out.contains("Lockout guard: would refuse this (exit 3). Refused: “*.*.*.*” means 0.0.0.0/0"))
        let json = try await run(["allow", "*.*.*.*", "--dry-run", "--json"] + me, service: service).json()
        let lockout = try #require(json["lockout"] as? [String: Any])
        #expect(lockout["refused"] as? Bool == true)
        #expect((lockout["sentences"] as? [String])?.first?.contains("4,294,967,296") == true)
        #expect(await service.mutatingCalls.isEmpty)
    }

    @Test func anUnknownHostDoesNotStopAnAddToANonEmptyList() async {
        let service = FakeService(ranges: ["203.0.113.0/24"])
        let result = await run(
            ["allow", "192.0.2.0/24"], service: service,
            variables: ["SENDGRID_API_KEY": testKey, "SSH_CONNECTION": "10.0.0.5 1 10.0.0.2 22"])
        #expect(result.status == 0, "\(result.err)")
        #expect(await service.mutatingCalls == ["add 192.0.2.0/24"])
    }

    @Test func aFirstRuleWithOnlyAnSSHAddressIsRefusedAsUnknownHost() async throws {
        let service = FakeService()
        let result = await run(
            ["allow", "198.51.100.0/24", "--json"], service: service,
            variables: ["SENDGRID_API_KEY": testKey, "SSH_CONNECTION": "198.51.100.7 1 10.0.0.2 22"])
        #expect(result.status == 3)
        #expect(result.err.contains("This host's address is unknown"))
        #expect(result.err.contains("SSH_CONNECTION names your workstation (198.51.100.7)"))
        #expect(await service.mutatingCalls.isEmpty)
        let dry = try await run(["allow", "198.51.100.0/24", "--json", "--dry-run"], service: service).json()
        #expect((dry["lockout"] as? [String: Any])?["verdict"] as? String == "unknown_host")
    }

    @Test func aFirstRuleSaysWhoItWouldHaveRefused() async throws {
        let service = FakeService(attempts: [
            attempt("198.51.100.7", allowed: true, at: testNow - 3600),
            attempt("203.0.113.10", allowed: true, at: testNow - 10),
        ])
        let result = await run(["allow", "203.0.113.0/24", "--json"] + me, service: service)
        #expect(result.status == 0, "\(result.err)")
        #expect(
            result.err.contains(
                "Note: Would have refused 1 address seen allowed in the last 24h: 198.51.100.7 (API, 1h ago)."))
        #expect(await service.calls == ["list", "activity 1000", "list", "add 203.0.113.0/24", "list"])
        let refusals = try #require(
            (try result.json()["lockout"] as? [String: Any])?["recent_refusals"] as? [String: Any])
        #expect(refusals["checked"] as? Bool == true)
    }
}
