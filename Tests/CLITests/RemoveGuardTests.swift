import AccessCore
import Foundation
import SendGridAPI
import Testing

@testable import SGAccessCLI

/// `remove` and the lockout guard: this host's address unknown, the SSH address as the operator's, who the removal
/// would have refused recently, and the dry run.
@Suite struct RemoveGuardTests {
    func service(attempts: [AccessAttempt] = []) -> FakeService {
        FakeService(ranges: ["203.0.113.0/24", "10.0.0.0/8", "198.51.100.0/24"], attempts: attempts)
    }

    func env(ssh: String? = nil) -> [String: String] {
        var variables = ["SENDGRID_API_KEY": testKey]
        if let ssh { variables["SSH_CONNECTION"] = "\(ssh) 52113 10.0.0.2 22" }
        return variables
    }

    @Test func anUnknownHostRefusesEveryRemovalEvenWithAPublicSSHAddress() async throws {
        let service = service()
        let result = await run(
            ["remove", "2", "--yes", "--json"], service: service, variables: env(ssh: "198.51.100.7"))
        #expect(result.status == 3)
        #expect(
            result.err.contains(
                "This host's address is unknown, so sgaccess cannot tell whether this change locks it out"))
        #expect(
            result.err.contains(
                "SSH_CONNECTION names your workstation (198.51.100.7), not the address SendGrid sees for this host."))
        #expect(result.err.contains("Tell sgaccess with --my-ip ADDR or SGACCESS_MY_IPS"))
        #expect(await service.mutatingCalls.isEmpty)
        let error = try #require(try result.json()["error"] as? [String: Any])
        #expect(error["kind"] as? String == "refused")
    }

    @Test func allowLockoutGoesAheadWithAnUnknownHost() async throws {
        let service = service()
        let result = await run(["remove", "2", "--yes", "--json", "--allow-lockout"], service: service)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.err.contains("Warning: this host's address is unknown"))
        #expect(await service.mutatingCalls == ["remove 2"])
        let lockout = try #require(try result.json()["lockout"] as? [String: Any])
        #expect(lockout["verdict"] as? String == "unknown_host")
        #expect(lockout["host_known"] as? Bool == false)
        #expect(lockout["refused"] as? Bool == false)
    }

    @Test func aDryRunAlwaysWorksAndShowsTheVerdict() async throws {
        let unknown = await run(["remove", "2", "--dry-run"], service: service())
        #expect(unknown.status == 0, "\(unknown.err)")
        #expect(unknown.out.hasPrefix("Would remove 1 (dry run, nothing sent):"))
        #expect(
            unknown.out.contains("Lockout guard: would refuse this (exit 3). Refused: This host's address is unknown"))

        let service = service()
        let locking = await run(["remove", "1", "--dry-run", "--json", "--my-ip", "203.0.113.10"], service: service)
        #expect(locking.status == 0)
        let lockout = try #require(try locking.json()["lockout"] as? [String: Any])
        #expect(lockout["verdict"] as? String == "locks_out")
        #expect(lockout["refused"] as? Bool == true)
        #expect(lockout["addresses"] as? [String] == ["203.0.113.10"])
        #expect(await service.mutatingCalls.isEmpty)

        let safe = await run(["remove", "2", "--dry-run", "--my-ip", "203.0.113.10"], service: self.service())
        #expect(
            safe.out.hasSuffix(
                "Lockout guard: would go ahead. Safe: your addresses stay allowed.\nAccount: parent account · global"))
    }

    @Test func aPrivateSSHAddressIsNeverProtectedNorUsedForAdvice() async throws {
        let service = service()
        // 10.0.0.0/8 covers the SSH address 10.0.0.5, but SendGrid never sees 10.0.0.5: removing it is safe.
        let removed = await run(
            ["remove", "10.0.0.0/8", "--yes", "--json", "--my-ip", "203.0.113.10"],
            service: service, variables: env(ssh: "10.0.0.5"))
        #expect(removed.status == 0, "\(removed.err)")
        #expect(await service.mutatingCalls == ["remove 2"])
        #expect((try removed.json()["lockout"] as? [String: Any])?["verdict"] as? String == "safe")

        let refused = await run(
            ["remove", "1", "--yes", "--my-ip", "203.0.113.10"], service: service, variables: env(ssh: "10.0.0.5"))
        #expect(refused.status == 3)
        #expect(refused.err.contains("Add a rule covering 203.0.113.10 first"))
        #expect(!refused.all.contains("covering 10.0.0.5"))

        let unknown = await run(["remove", "1", "--yes"], service: service, variables: env(ssh: "10.0.0.5"))
        #expect(unknown.status == 3)
        #expect(!unknown.all.contains("covering 10.0.0.5"))
        #expect(await service.mutatingCalls == ["remove 2"])
    }

    @Test func aPublicSSHAddressIsProtected() async {
        let service = service()
        let result = await run(
            ["remove", "3", "--yes", "--my-ip", "203.0.113.10"], service: service, variables: env(ssh: "198.51.100.7"))
        #expect(result.status == 3)
        #expect(result.err.contains("This would lock out 198.51.100.7"))
        #expect(result.err.contains("Add a rule covering 198.51.100.7 first"))
        #expect(await service.mutatingCalls.isEmpty)
    }

    @Test func saysWhoTheRemovalWouldHaveRefusedRecently() async throws {
        let attempts = [
            attempt("198.51.100.7", allowed: true, at: testNow - 120),
            attempt("198.51.100.8", allowed: false, at: testNow - 60),
            attempt("203.0.113.10", allowed: true, at: testNow - 5),
        ]
        let service = service(attempts: attempts)
        let result = await run(["remove", "3", "--yes", "--json", "--my-ip", "203.0.113.10"], service: service)
        #expect(result.status == 0, "\(result.err)")
        #expect(
            result.err.contains(
                "Note: Would have refused 1 address seen allowed in the last 24h: 198.51.100.7 (API, 2m ago)."))
        #expect(await service.calls == ["list", "activity 1000", "list", "remove 3", "list"])
        let refusals = try #require(
            (try result.json()["lockout"] as? [String: Any])?["recent_refusals"] as? [String: Any])
        #expect(refusals["checked"] as? Bool == true)
        #expect(refusals["window"] as? Int == 86400)
        let seen = try #require(refusals["addresses"] as? [[String: Any]])
        #expect(seen.map { $0["address"] as? String } == ["198.51.100.7"])
        #expect(seen.first?["methods"] as? [String] == ["API"])
        #expect(seen.first?["last_at"] as? Int == Int(testNow - 120))

        let dry = await run(
            ["remove", "3", "--dry-run", "--my-ip", "203.0.113.10"], service: self.service(attempts: attempts))
        #expect(
            dry.out.contains("Would have refused 1 address seen allowed in the last 24h: 198.51.100.7 (API, 2m ago)."))
        // A refused dry run says it too (removing #1 and #3 locks out 203.0.113.10 and refuses 198.51.100.7).
        let refusedDry = await run(
            ["remove", "1", "3", "--dry-run", "--my-ip", "203.0.113.10"], service: self.service(attempts: attempts))
        #expect(refusedDry.status == 0)
        let last = refusedDry.out.split(separator: "\n").dropLast().suffix(2).map(String.init)
        #expect(
            last.first?.hasPrefix(
                "Lockout guard: would refuse this (exit 3). Refused: This would lock out 203.0.113.10") == true)
        // This host is named by the verdict already, so the recent refusals list only the others.
        #expect(last.last == "Would have refused 1 address seen allowed in the last 24h: 198.51.100.7 (API, 2m ago).")
    }

    @Test func activityThatCannotBeReadIsSaidAndTheRemovalGoesOn() async throws {
        let service = service(attempts: [attempt("198.51.100.7", allowed: true)])
        await service.fail(
            "activity", with: .forbidden(messages: ["access forbidden"], operation: APIOperation.activity.rawValue))
        let result = await run(["remove", "3", "--yes", "--json", "--my-ip", "203.0.113.10"], service: service)
        #expect(result.status == 0, "\(result.err)")
        #expect(
            result.err.contains(
                "Note: Could not check who this change would have refused recently: SendGrid refused access (403)"))
        #expect(result.err.contains("access_settings.activity.read"))
        #expect(await service.mutatingCalls == ["remove 3"])
        let refusals = try #require(
            (try result.json()["lockout"] as? [String: Any])?["recent_refusals"] as? [String: Any])
        #expect(refusals["checked"] as? Bool == false)
        #expect((refusals["error"] as? String)?.contains("403") == true)
        #expect(refusals["message"] is NSNull)
    }
}
