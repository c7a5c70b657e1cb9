import AccessCore
import Foundation
import Testing

@testable import SGAccessCLI

@Suite struct RemoveCommandTests {
    func service() -> FakeService {
        FakeService(ranges: ["203.0.113.0/24", "10.0.0.0/8", "198.51.100.0/24", "10.0.0.0/8"])
    }

    @Test func needsYesWhenStdinIsNotATerminal() async {
        let service = service()
        let result = await run(["remove", "3", "--my-ip", "203.0.113.10"], service: service, tty: false)
        #expect(result.status == 2)
        #expect(result.err.contains("standard input is not a terminal. Re-run with --yes."))
        #expect(await service.mutatingCalls.isEmpty)
    }

    @Test func yesRemovesWithoutAsking() async {
        let service = service()
        let recorder = Recorder()
        let result = await run(
            ["remove", "3", "--yes", "--my-ip", "203.0.113.10"], service: service, recorder: recorder)
        #expect(result.status == 0)
        #expect(recorder.questions.isEmpty)
        #expect(await service.mutatingCalls == ["remove 3"])
        #expect(
            result.out
                == "Removed 1:\nID  RULE             ADDRESSES\n 3  198.51.100.0/24        256\n"
                + "The list now holds 3 rules (limit 1000).\nAccount: parent account · global")
    }

    @Test func asksOnATerminal() async {
        let service = service()
        let recorder = Recorder()
        let result = await run(
            ["remove", "3", "--my-ip", "203.0.113.10"], service: service, tty: true, answer: true, recorder: recorder)
        #expect(result.status == 0)
        #expect(recorder.questions == ["Remove #3 198.51.100.0/24?"])
        #expect(await service.mutatingCalls == ["remove 3"])
    }

    @Test func declinedRemovesNothing() async {
        let service = service()
        let result = await run(["remove", "3", "--my-ip", "203.0.113.10"], service: service, tty: true, answer: false)
        #expect(result.status == 1)
        #expect(result.err.contains("Nothing removed."))
        #expect(await service.mutatingCalls.isEmpty)
    }

    @Test func addressResolvesToEveryRuleWithThatRange() async throws {
        let service = service()
        let result = await run(
            ["remove", "10.9.9.9/8", "--yes", "--json", "--my-ip", "203.0.113.10"], service: service)
        #expect(result.status == 0)
        #expect(await service.mutatingCalls == ["remove 2,4"])
        let json = try result.json()
        #expect(Set(json.keys) == ["dry_run", "removed", "not_found", "lockout", "after"])
        #expect((json["after"] as? [String: Any])?["count"] as? Int == 2)
        let removed = try #require(json["removed"] as? [[String: Any]])
        #expect(removed.map { $0["id"] as? Int } == [2, 4])
    }

    @Test func removingMyOwnRuleIsRefusedNamingTheAddress() async throws {
        let service = service()
        let result = await run(["remove", "1", "--yes", "--my-ip", "203.0.113.10"], service: service)
        #expect(result.status == 3)
        #expect(result.err.contains("This would lock out 203.0.113.10"))
        #expect(result.err.contains("--allow-lockout"))
        #expect(await service.mutatingCalls.isEmpty)
    }

    @Test func allowLockoutRemovesMyOwnRule() async {
        let service = service()
        let result = await run(
            ["remove", "203.0.113.0/24", "--yes", "--allow-lockout", "--my-ip", "203.0.113.10"], service: service)
        #expect(result.status == 0)
        #expect(await service.mutatingCalls == ["remove 1"])
    }

    @Test func removingWithUnknownAddressIsRefused() async {
        let service = service()
        let result = await run(["remove", "3", "--yes"], service: service)
        #expect(result.status == 3)
        #expect(
            result.err.contains(
                "This host's address is unknown, so sgaccess cannot tell whether this change locks it out"))
        #expect(result.err.contains("--my-ip ADDR or SGACCESS_MY_IPS"))
        #expect(result.err.contains("or pass --allow-lockout to go ahead anyway."))
        #expect(await service.mutatingCalls.isEmpty)
    }

    @Test func removingEverythingSaysEnforcementSwitchesOff() async throws {
        let service = FakeService(ranges: ["203.0.113.0/24"])
        let result = await run(["remove", "1", "--yes", "--json", "--my-ip", "203.0.113.10"], service: service)
        #expect(result.status == 0)
        #expect(result.err.contains("enforcement switches off"))
        let lockout = try #require(try result.json()["lockout"] as? [String: Any])
        #expect(lockout["verdict"] as? String == "removes_everything")
    }

    @Test func unknownTargetsAreNothingToDo() async throws {
        let service = service()
        let result = await run(["remove", "42", "192.0.2.0/24", "--yes", "--my-ip", "203.0.113.10"], service: service)
        #expect(result.status == 1)
        #expect(result.err.contains("#42: no such rule"))
        #expect(result.err.contains("192.0.2.0/24: no such rule"))
        #expect(await service.mutatingCalls.isEmpty)
    }

    @Test func badTargetIsUsageError() async {
        let result = await run(["remove", "10.0.0.*/8"], service: service())
        #expect(result.status == 2)
        #expect(result.err.contains("neither a rule id nor a range"))
    }
}
