import AccessCore
import Foundation
import Testing

@testable import SGAccessCLI

@Suite struct ListCommandTests {
    @Test func tableIsAlignedAndMarksMyRules() async throws {
        let service = FakeService(ranges: ["203.0.113.0/24", "10.0.0.0/8", "2001:db8::/32"])
        let result = await run(["list", "--my-ip", "203.0.113.10"], service: service)
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("ID  RULE"))
        #expect(
            lines[1] == " 1  203.0.113.0/24" + String(repeating: " ", count: 9)
                + "256  2023-11-14 22:13:20 UTC  2023-11-14 22:13:20 UTC  203.0.113.10")
        #expect(lines[2].hasPrefix(" 2  10.0.0.0/8" + String(repeating: " ", count: 6) + "16,777,216  "))
        #expect(lines[3].hasPrefix(" 3  2001:db8::/32" + String(repeating: " ", count: 9) + "2^96  "))
        // The CREATED column starts at the same terminal column in the header and every row.
        let created = lines[0].range(of: "CREATED")!.lowerBound.utf16Offset(in: lines[0])
        for line in lines[1...3] {
            #expect(line.range(of: "2023-")!.lowerBound.utf16Offset(in: line) == created)
        }
        #expect(
            lines.suffix(2) == [
                "3 rules (limit 1000); enforcement is on: only these ranges may call the API.",
                "Account: parent account · global",
            ])
    }

    @Test func emptyListSaysEnforcementIsOff() async {
        let result = await run(["list"], service: FakeService())
        #expect(result.status == 0)
        #expect(result.out.contains("The allow list is empty"))
    }

    @Test func jsonShape() async throws {
        let service = FakeService(ranges: ["203.0.113.0/24", "not-an-ip"])
        let result = await run(["list", "--json", "--my-ip", "203.0.113.10"], service: service)
        #expect(result.status == 0)
        let json = try result.json()
        #expect(Set(json.keys) == ["count", "enforced", "limit", "rules"])
        #expect(json["count"] as? Int == 2)
        #expect(json["enforced"] as? Bool == true)
        #expect(json["limit"] as? Int == 1000)
        let rules = try #require(json["rules"] as? [[String: Any]])
        #expect(
            Set(rules[0].keys) == ["id", "ip", "range", "created_at", "updated_at", "covers_mine", "note", "expires"])
        #expect(rules[0]["range"] as? String == "203.0.113.0/24")
        #expect(rules[0]["covers_mine"] as? [String] == ["203.0.113.10"])
        #expect(rules[1]["range"] is NSNull)
        #expect(result.out.contains(#""range" : "203.0.113.0/24""#), "slashes are not escaped")
    }

    @Test func hostileRuleTextIsSanitisedInTheTable() async {
        let service = FakeService(rules: [AllowRuleFixture.hostile])
        let result = await run(["list"], service: service)
        #expect(!result.out.contains("\u{1B}"))
        #expect(!result.out.contains("\u{202E}"))
        #expect(!result.out.contains("\r"))
        #expect(result.out.contains("\u{FFFD}"))
    }
}

enum AllowRuleFixture {
    static let hostile = AllowRule(id: 9, ip: "1.2.3.4\u{1B}[2J\u{202E}\r", createdAt: 0, updatedAt: 0)
}

@Suite struct CheckCommandTests {
    let service = FakeService(ranges: ["10.0.0.0/8", "10.1.0.0/16", "203.0.113.0/24"])

    @Test func allowedNamesTheNarrowestRuleFirst() async {
        let result = await run(["check", "10.1.2.3"], service: service)
        #expect(result.status == 0)
        #expect(result.out == "10.1.2.3 is allowed by #2 10.1.0.0/16, #1 10.0.0.0/8.\nAccount: parent account · global")
    }

    @Test func notAllowedExitsOne() async {
        let result = await run(["check", "198.51.100.7"], service: service)
        #expect(result.status == 1)
        #expect(result.out.contains("198.51.100.7 is NOT allowed: none of the 3 rules covers it."))
    }

    @Test func emptyListAllowsEveryone() async throws {
        let result = await run(["check", "198.51.100.7", "--json"], service: FakeService())
        #expect(result.status == 0)
        let json = try result.json()
        #expect(json["allowed"] as? Bool == true)
        #expect(json["reason"] as? String == "list_empty")
    }

    @Test func rangeNeedsOneRuleCoveringAllOfIt() async throws {
        #expect(await run(["check", "10.1.2.0/24"], service: service).status == 0)
        #expect(await run(["check", "203.0.0.0/16"], service: service).status == 1)
        let json = try await run(["check", "--json", "198.51.100.7"], service: service).json()
        #expect(Set(json.keys) == ["address", "allowed", "reason", "rules", "scope", "coverage"])
        #expect(json["reason"] as? String == "not_covered")
        #expect(json["coverage"] is NSNull, "a single address has no coverage object")
    }

    @Test func aPartlyCoveredRangeSaysHowMuch() async throws {
        let result = await run(["check", "203.0.112.0/23"], service: service)
        #expect(result.status == 1)
        #expect(
            result.out.hasPrefix(
                "203.0.112.0/23 is NOT allowed: no rule covers all of it; #3 203.0.113.0/24 covers 256 of its 512 "
                    + "addresses. Allow it with `sgaccess allow 203.0.112.0/23`."))
        let json = try await run(["check", "--json", "203.0.112.0/23"], service: service).json()
        let coverage = try #require(json["coverage"] as? [String: Any])
        #expect(coverage["covered"] as? String == "256")
        #expect(coverage["size"] as? String == "512")
        let parts = try #require(coverage["partial"] as? [[String: Any]])
        #expect(parts.count == 1)
        #expect(parts.first?["rule_id"] as? Int == 3)
        #expect(parts.first?["range"] as? String == "203.0.113.0/24")
        #expect(parts.first?["addresses"] as? String == "256")
    }

    @Test func severalRulesInsideARangeAreCountedOnceTogether() async throws {
        let service = FakeService(ranges: ["2001:db8::/33", "2001:db8:8000::/34", "2001:db8::1"])
        let result = await run(["check", "2001:db8::/32"], service: service)
        #expect(result.status == 1)
        #expect(
            result.out.hasPrefix(
                "2001:db8::/32 is NOT allowed: no rule covers all of it; #1 2001:db8::/33, #3 2001:db8::1, "
                    + "#2 2001:db8:8000::/34 cover 59,421,121,885,698,253,195,157,962,752 of its 2^96 addresses together."
            ))
    }

    @Test func aCoveredRangeHasFullCoverageInJSON() async throws {
        let json = try await run(["check", "--json", "10.1.2.0/24"], service: service).json()
        let coverage = try #require(json["coverage"] as? [String: Any])
        #expect(coverage["covered"] as? String == "256" && coverage["size"] as? String == "256")
        #expect((coverage["partial"] as? [Any])?.isEmpty == true)
    }

    @Test func badAddressIsUsageError() async {
        let result = await run(["check", "10.1.2.300"], service: service)
        #expect(result.status == 2)
        #expect(result.err.contains("greater than 255"))
        #expect(await service.calls.isEmpty)
    }
}

@Suite struct WhoamiCommandTests {
    @Test func listsEverySourceAndCoverage() async throws {
        let service = FakeService(ranges: ["203.0.113.0/24"])
        let variables = [
            "SENDGRID_API_KEY": testKey,
            "SGACCESS_MY_IPS": "203.0.113.10, 192.0.2.1",
            "SSH_CONNECTION": "::ffff:198.51.100.4 52113 10.0.0.2 22",
        ]
        let result = await run(
            ["whoami", "--my-ip", "203.0.113.10", "--my-ip-url", "http://127.0.0.1:9/ip"],
            service: service, variables: variables, discovery: "2001:db8::7\n")
        #expect(result.status == 1, "192.0.2.1 is not covered")
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "ADDRESS       SOURCE      STATUS",
                "203.0.113.10  configured  allowed by #1 203.0.113.0/24",
                "192.0.2.1     configured  NOT COVERED: SendGrid refuses this address",
                "198.51.100.4  ssh         NOT COVERED: SendGrid refuses this address",
                "2001:db8::7   discovered  NOT COVERED: SendGrid refuses this address",
                "this host 203.0.113.10 (configured), 192.0.2.1 (configured), 2001:db8::7 (discovered)",
                "your SSH address 198.51.100.4 (the web console's caller)",
                "Account: parent account · global",
            ])
    }

    @Test func allCoveredExitsZero() async throws {
        let result = await run(
            ["whoami", "--json", "--my-ip", "203.0.113.10"], service: FakeService(ranges: ["203.0.113.0/24"]))
        #expect(result.status == 0)
        let json = try result.json()
        let mine = try #require(json["addresses"] as? [[String: Any]])
        #expect(Set(mine[0].keys) == ["address", "source", "allowed", "rules", "role", "scope", "protected"])
        #expect(
            Set(json.keys) == ["enforced", "addresses", "host_known", "this_host", "host_summary", "operator_summary"])
        #expect(mine[0]["source"] as? String == "configured")
    }

    @Test func noAddressKnownExitsOne() async {
        let result = await run(["whoami"], service: FakeService(ranges: ["203.0.113.0/24"]))
        #expect(result.status == 1)
        #expect(result.out.contains("No address of yours is known"))
    }

    @Test func failedDiscoveryIsAWarningAndNoAddressIsKnown() async {
        let result = await run(
            ["whoami", "--my-ip-url", "http://127.0.0.1:9/ip"], service: FakeService(), discovery: "<html>")
        #expect(result.status == 1)
        #expect(result.err.contains("Warning: Ignored '<html>' from the discovery URL"))
        #expect(result.out.contains("No address of yours is known"))
    }

    @Test func onBehalfOfIsNormalised() async {
        let recorder = Recorder()
        _ = await run(["whoami", "--on-behalf-of", "account-id:42"], recorder: recorder)
        #expect(recorder.configurations.first?.onBehalfOf == "account-id 42")
    }
}
