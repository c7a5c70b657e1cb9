import AccessCore
import TerminalKit
import TerminalUI
import Testing

@testable import TerminalApp

/// The mutation round trip in process: confirm, re-check, send, re-read, report.
@MainActor @Suite struct RuntimeMutationTests {
    @Test func removeConfirmRecheckDeleteAndReread() async throws {
        let h = RuntimeHarness()
        try await h.start()
        h.terminal.press(.character("1"), .character("G"), .character("d"))
        #expect(h.screen.contains("Remove 198.51.100.7/32 (#2)?"))
        h.terminal.press(.character("y"))
        await h.runtime.settle()
        #expect(
            await h.calls() == ["activity", "list", "list", "remove 2", "activity", "list"],
            "a re-read before the DELETE, and the list and activity after it")
        #expect(await h.service.rules.map(\.id) == [1])
        #expect(h.screen.contains("Removed 198.51.100.7/32 (#2); journal "))
        #expect(h.screen.contains("1 rule"))
    }

    @Test func aListChangedBeforeTheDeleteSendsNothing() async throws {
        let extra = AllowRule(
            id: 3, ip: "203.0.113.10/32", createdAt: RuntimeHarness.start, updatedAt: RuntimeHarness.start)
        let h = RuntimeHarness(rules: RuntimeHarness.rules + [extra])
        try await h.start()
        h.terminal.press(.character("1"), .character("g"), .character("d"))
        #expect(!h.screen.contains("type to confirm"), "#3 covers this host too")
        await h.service.setRules(RuntimeHarness.rules)  // another admin removes #3
        h.terminal.press(.character("y"))
        await h.runtime.settle()
        #expect(await h.calls().filter { $0.hasPrefix("remove") }.isEmpty)
        #expect(h.screen.contains("The allow list changed since you confirmed"))
        #expect(h.screen.contains("type to confirm"))
    }

    @Test func oneKeyAllowRechecksAddsAndRereads() async throws {
        let h = RuntimeHarness()
        try await h.start()
        h.terminal.press(.character("2"), .character("g"), .character("a"))
        await h.runtime.settle()
        #expect(await h.calls() == ["activity", "list", "list", "add 192.0.2.99/32", "activity", "list"])
        #expect(h.screen.contains("Allowed 192.0.2.99/32 (#3); journal "))
        #expect(h.screen.contains("now allowed by #3"))
    }

    @Test func aFailedAddIsReportedAndTheListReread() async throws {
        let h = RuntimeHarness()
        try await h.start()
        await h.service.fail("add", with: .server(status: 503, messages: []))
        h.terminal.press(.character("2"), .character("g"), .character("a"))
        await h.runtime.settle()
        #expect(h.screen.contains("Could not allow 192.0.2.99/32"))
        #expect(await h.service.count("list") == 3, "re-read after the failure")
    }
}
