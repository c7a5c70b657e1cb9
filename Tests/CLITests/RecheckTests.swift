import AccessCore
import Foundation
import Testing

@testable import SGAccessCLI

/// The re-check right before a change: the list is read again and the change is sent only if the guard's verdict
/// still holds. The fake service's list changes between the first and the second GET, as if someone edited it in
/// the web console while the operator read the confirmation.
@Suite struct RecheckTests {
    let me = ["--my-ip", "203.0.113.10"]

    @Test func aCoveringRuleThatDisappearsMeanwhileStopsTheDelete() async throws {
        // #3 also covers 203.0.113.10, so removing #1 is safe — until #3 goes.
        let service = FakeService(ranges: ["203.0.113.0/24", "198.51.100.0/24", "203.0.0.0/16"])
        await service.edit(beforeListCall: 2, to: [(1, "203.0.113.0/24"), (2, "198.51.100.0/24")])
        let result = await run(["remove", "1", "--yes", "--json"] + me, service: service)
        #expect(result.status == 3)
        #expect(result.err.contains("The allow list changed since it was checked"))
        #expect(result.err.contains("This would lock out 203.0.113.10"))
        #expect(result.err.contains("Nothing was sent."))
        #expect(await service.calls == ["list", "activity 1000", "list"], "one GET, and no DELETE")
        let error = try #require(try result.json()["error"] as? [String: Any])
        #expect(error["addresses"] as? [String] == ["203.0.113.10"])
    }

    @Test func theSameRaceOnATerminalAfterTheConfirmationIsRefusedToo() async {
        let service = FakeService(ranges: ["203.0.113.0/24", "198.51.100.0/24", "203.0.0.0/16"])
        await service.edit(beforeListCall: 2, to: [(1, "203.0.113.0/24"), (2, "198.51.100.0/24")])
        let recorder = Recorder()
        let result = await run(["remove", "1"] + me, service: service, tty: true, answer: true, recorder: recorder)
        #expect(result.status == 3, "a lockout is refused, not asked again")
        #expect(recorder.questions == ["Remove #1 203.0.113.0/24?"])
        #expect(await service.mutatingCalls.isEmpty)
    }

    @Test func aChangedButAllowedVerdictIsRefusedWithoutATerminal() async {
        let service = FakeService(ranges: ["203.0.113.0/24", "198.51.100.0/24"])
        await service.edit(beforeListCall: 2, to: [(2, "198.51.100.0/24")])
        let result = await run(["remove", "2", "--yes"] + me, service: service)
        #expect(result.status == 3)
        #expect(
            result.err.contains(
                "Refused: the allow list changed since it was checked, so the verdict no longer holds: "
                    + "now: This removes every rule"))
        #expect(result.err.contains("run the command again"))
        #expect(await service.mutatingCalls.isEmpty)
    }

    @Test func onATerminalTheNewVerdictIsShownAndAskedAgain() async {
        let service = FakeService(ranges: ["203.0.113.0/24", "198.51.100.0/24"])
        await service.edit(beforeListCall: 2, to: [(2, "198.51.100.0/24")])
        let recorder = Recorder()
        let result = await run(["remove", "2"] + me, service: service, tty: true, answer: true, recorder: recorder)
        #expect(result.status == 0, "\(result.err)")
        #expect(recorder.questions == ["Remove #2 198.51.100.0/24?", "Remove #2 198.51.100.0/24 anyway?"])
        #expect(result.err.contains("The allow list changed since it was checked: now: This removes every rule"))
        #expect(
            await service.calls == ["list", "activity 1000", "list", "list", "remove 2", "list"],
            "checked again after the answer, and read back after the change")
    }

    @Test func decliningTheSecondQuestionRemovesNothing() async {
        let service = FakeService(ranges: ["203.0.113.0/24", "198.51.100.0/24"])
        await service.edit(beforeListCall: 2, to: [(2, "198.51.100.0/24")])
        let result = await run(["remove", "2"] + me, service: service, tty: true, answers: [true, false])
        #expect(result.status == 1)
        #expect(result.err.contains("Nothing removed."))
        #expect(await service.mutatingCalls.isEmpty)
    }

    @Test func aTargetRemovedMeanwhileIsNamed() async {
        let service = FakeService(ranges: ["203.0.113.0/24", "198.51.100.0/24", "192.0.2.0/24"])
        await service.edit(beforeListCall: 2, to: [(1, "203.0.113.0/24"), (3, "192.0.2.0/24")])
        let result = await run(["remove", "2", "--yes"] + me, service: service)
        #expect(result.status == 3)
        #expect(result.err.contains("#2 is no longer on the list"))
        #expect(await service.mutatingCalls.isEmpty)
    }

    @Test func anUnchangedListIsReadOnceMoreAndTheChangeSent() async {
        let service = FakeService(ranges: ["203.0.113.0/24", "198.51.100.0/24"])
        let result = await run(["allow", "192.0.2.0/24"] + me, service: service)
        #expect(result.status == 0)
        #expect(await service.calls == ["list", "list", "add 192.0.2.0/24", "list"])
    }

    @Test func aListEmptiedBeforeThePostStopsAFirstRuleThatMissesMe() async {
        // Adding to a non-empty list cannot lock anyone out; to an emptied one it switches enforcement on.
        let service = FakeService(ranges: ["198.51.100.0/24"])
        await service.edit(beforeListCall: 2, to: [])
        let result = await run(["allow", "192.0.2.0/24"] + me, service: service)
        #expect(result.status == 3)
        #expect(result.err.contains("the list is now empty, so this change switches enforcement on"))
        #expect(result.err.contains("switches enforcement on without covering 203.0.113.10"))
        #expect(await service.mutatingCalls.isEmpty)
    }

    @Test func aListFilledBeforeTheFirstRuleIsRefused() async {
        let service = FakeService()
        await service.edit(beforeListCall: 2, to: [(7, "192.0.2.0/24")])
        let result = await run(["allow", "203.0.113.0/24"] + me, service: service)
        #expect(result.status == 3)
        #expect(result.err.contains("the list is no longer empty"))
        #expect(await service.mutatingCalls.isEmpty)
    }

    @Test func aListThatKeepsChangingIsRefusedAfterThreeReads() async {
        let service = FakeService(ranges: ["203.0.113.0/24", "198.51.100.0/24"])
        let both: [(id: Int, ip: String)] = [(1, "203.0.113.0/24"), (2, "198.51.100.0/24")]
        await service.edit(beforeListCall: 2, to: [(2, "198.51.100.0/24")])
        await service.edit(beforeListCall: 3, to: both)
        await service.edit(beforeListCall: 4, to: [(2, "198.51.100.0/24")])
        let recorder = Recorder()
        let result = await run(["remove", "2"] + me, service: service, tty: true, answer: true, recorder: recorder)
        #expect(result.status == 3)
        #expect(result.err.contains("the allow list kept changing while you confirmed (3 reads in a row)"))
        #expect(recorder.questions.count == 3, "the first question and two more")
        #expect(await service.mutatingCalls.isEmpty)
    }
}
