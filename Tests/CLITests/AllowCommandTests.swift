import AccessCore
import Foundation
import Testing

@testable import SGAccessCLI

@Suite struct AllowCommandTests {
    @Test func addsNormalisedFormsAndShowsWarnings() async throws {
        let service = FakeService(ranges: ["203.0.113.0/24"])
        let result = await run(
            ["allow", "10.1.2.3/8", "25.203.44.*,2001:DB8::1", "--my-ip", "203.0.113.10", "--allow-wide"],
            service: service)
        #expect(result.status == 0, "\(result.err)")
        #expect(await service.mutatingCalls == ["add 10.0.0.0/8,25.203.44.0/24,2001:db8::1/128"])
        #expect(result.err.contains("Warning: “10.1.2.3/8” means 10.0.0.0/8, which allows 16,777,216 addresses"))
        let lines = result.out.split(separator: "\n").map(String.init)
        try #require(lines.count == 7)
        #expect(lines[0] == "Added 3:")
        #expect(lines[1] == "ID  RULE             INPUT        NOTE")
        #expect(
            lines[2]
                == " 2  10.0.0.0/8       10.1.2.3/8   10.1.2.3/8 has host bits set; it means the whole network 10.0.0.0/8 (16,777,216 addresses)."
        )
        #expect(lines[3] == " 3  25.203.44.0/24   25.203.44.*")
        #expect(lines[4] == " 4  2001:db8::1/128  2001:DB8::1")
        // What the list holds, read back after the POST, and whom it is for.
        #expect(lines[5] == "The list now holds 4 rules (limit 1000).")
        #expect(lines[6] == "Account: parent account · global")
        #expect(await service.calls.last == "list", "read back after the add")
    }

    @Test func jsonShape() async throws {
        let service = FakeService(ranges: ["203.0.113.0/24"])
        let result = await run(
            ["allow", "--json", "10.1.2.3/8", "203.0.113.0/24", "--my-ip", "203.0.113.10", "--allow-wide"],
            service: service)
        #expect(result.status == 0)
        let json = try result.json()
        #expect(Set(json.keys) == ["dry_run", "added", "skipped", "lockout", "after"])
        let after = try #require(json["after"] as? [String: Any])
        #expect(after["count"] as? Int == 2)
        #expect(after["enforced"] as? Bool == true)
        let added = try #require(json["added"] as? [[String: Any]])
        #expect(Set(added[0].keys) == ["id", "range", "input", "warning"])
        #expect(added[0]["id"] as? Int == 2)
        #expect(added[0]["range"] as? String == "10.0.0.0/8")
        #expect((added[0]["warning"] as? String)?.contains("host bits") == true)
        let skipped = try #require(json["skipped"] as? [[String: Any]])
        #expect(skipped[0]["reason"] as? String == "already_present")
        #expect(skipped[0]["rule_id"] as? Int == 1)
        let lockout = try #require(json["lockout"] as? [String: Any])
        #expect(lockout["verdict"] as? String == "safe")
        #expect(lockout["refused"] as? Bool == false)
        let wide = try #require(lockout["wide"] as? [[String: Any]])
        #expect(wide.map { $0["range"] as? String } == ["10.0.0.0/8"])
        #expect(wide.first?["size"] as? String == "16,777,216")
        #expect(lockout["recent_refusals"] is NSNull, "allow does not read the activity")
    }

    @Test func everythingPresentIsNothingToDo() async {
        let service = FakeService(ranges: ["203.0.113.0/24"])
        let result = await run(["allow", "203.0.113.7/24"], service: service)
        #expect(result.status == 1)
        #expect(result.err.contains("already on the list as #1 203.0.113.0/24"))
        #expect(result.err.contains("Nothing to do"))
        #expect(await service.mutatingCalls.isEmpty)
    }

    @Test func refusesWhatWouldExceedTheCapBeforeAnyChange() async {
        let service = FakeService(ranges: (0..<999).map { "10.0.\($0 / 256).\($0 % 256)" })
        let result = await run(["allow", "192.0.2.1", "192.0.2.2", "--my-ip", "10.0.0.1"], service: service)
        #expect(result.status == 3)
        #expect(
            result.err.contains(
                "Adding 2 rules would make 1001; SendGrid allows at most 1000 and the list has 999, so there is room for 1 more. Remove 1 rule first"
            ))
        #expect(await service.mutatingCalls.isEmpty)
    }

    @Test func refusesAnOversizedInputWithoutCallingTheAPI() async {
        let service = FakeService()
        let many = (0..<1001).map { "10.0.\($0 / 256).\($0 % 256)" }
        let result = await run(["allow"] + many, service: service)
        #expect(result.status == 3)
        #expect(result.err.contains("Adding 1001 rules would make 1001; SendGrid allows at most 1000"))
        #expect(await service.calls.isEmpty)
    }

    @Test func firstRuleOfAnEmptyListThatMissesMeIsRefused() async throws {
        let service = FakeService()
        let result = await run(["allow", "198.51.100.0/24", "--my-ip", "203.0.113.10", "--json"], service: service)
        #expect(result.status == 3)
        #expect(result.err.contains("switches enforcement on without covering 203.0.113.10"))
        #expect(result.err.contains("--allow-lockout"))
        #expect(await service.mutatingCalls.isEmpty)
        let error = try #require(try result.json()["error"] as? [String: Any])
        #expect(error["exit_code"] as? Int == 3)
        #expect(error["kind"] as? String == "refused")
        #expect(error["addresses"] as? [String] == ["203.0.113.10"])
    }

    @Test func allowLockoutGoesAheadWithAWarning() async {
        let service = FakeService()
        let result = await run(
            ["allow", "198.51.100.0/24", "--my-ip", "203.0.113.10", "--allow-lockout"], service: service)
        #expect(result.status == 0)
        #expect(result.err.contains("Going ahead because of --allow-lockout"))
        #expect(await service.mutatingCalls == ["add 198.51.100.0/24"])
    }

    @Test func firstRuleCoveringMeIsSafe() async {
        let service = FakeService()
        let result = await run(
            ["allow", "203.0.113.0/24", "--my-ip", "203.0.113.10"], service: service,
            variables: ["SENDGRID_API_KEY": testKey, "SSH_CONNECTION": "203.0.113.10 5000 10.0.0.1 22"])
        #expect(result.status == 0, "\(result.err)")
        #expect(await service.mutatingCalls == ["add 203.0.113.0/24"])
    }

    @Test func firstRuleWithUnknownAddressIsRefused() async {
        let service = FakeService()
        let result = await run(["allow", "203.0.113.0/24"], service: service)
        #expect(result.status == 3)
        #expect(result.err.contains("This host's address is unknown"))
        #expect(result.err.contains("the list is empty, so the first rule switches enforcement on"))
        #expect(result.err.contains("--my-ip ADDR or SGACCESS_MY_IPS"))
        #expect(await service.mutatingCalls.isEmpty)
    }

    @Test func dryRunSendsNothing() async throws {
        let service = FakeService(ranges: ["203.0.113.0/24"])
        let result = await run(["allow", "--dry-run", "--json", "192.0.2.0/24"], service: service)
        #expect(result.status == 0)
        let added = try #require(try result.json()["added"] as? [[String: Any]])
        #expect(added.count == 1 && added[0]["id"] is NSNull)
        #expect(await service.mutatingCalls.isEmpty)
    }

    @Test func everyBadEntryIsReportedAsUsageError() async {
        let service = FakeService()
        let result = await run(["allow", "10.*.1.*", "300.1.1.1", "192.0.2.1"], service: service)
        #expect(result.status == 2)
        #expect(result.err.contains("2 entries are not valid"))
        #expect(result.err.contains("wildcard before a number"))
        #expect(result.err.contains("greater than 255"))
        #expect(await service.calls.isEmpty)
    }

    @Test func uncertainPostIsReportedWithWhatLanded() async {
        let service = FakeService(ranges: ["203.0.113.0/24"])
        await service.fail(
            "add", with: .addUncertain(landed: ["192.0.2.1/32"], missing: ["192.0.2.2/32"], cause: "timeout after 10 s")
        )
        let result = await run(["allow", "192.0.2.1", "192.0.2.2"], service: service)
        #expect(result.status == 4)
        #expect(result.err.contains("Added: 192.0.2.1/32. Not added: 192.0.2.2/32; retry only these."))
    }
}
