import AccessCore
import SendGridAPI
import TerminalKit
import TerminalUI
import Testing

@testable import TerminalApp

/// Switching account in process: two scripted services stand for two tenants behind one opener.
@MainActor @Suite struct RuntimeAccountSwitchTests {
    static let first = AccountChoice(id: "runtime-test", target: RuntimeHarness.target)
    static let eu = AccountChoice(
        id: "eu/sub2", target: AccountTarget(profile: "eu", onBehalfOf: "sub2", endpoint: .eu), accent: .red)
    static let euRules = [
        AllowRule(id: 77, ip: "203.0.113.10/32", createdAt: RuntimeHarness.start, updatedAt: RuntimeHarness.start),
        AllowRule(id: 78, ip: "192.0.2.128/25", createdAt: RuntimeHarness.start, updatedAt: RuntimeHarness.start),
    ]
    static let euAttempts = [
        AccessAttempt(
            ip: "198.51.100.99", allowed: false, authMethod: "API", location: "Paris, FR",
            firstAt: RuntimeHarness.start - 100, lastAt: RuntimeHarness.start - 10)
    ]
    static let euConfig = AppConfig(
        target: eu.target, accent: .red, myAddresses: [MyAddress(address: RuntimeHarness.me, source: .configured)])

    /// A harness on the first account whose opener opens `second` for the EU subuser (or fails with `failure`).
    static func harness(second: ScriptedService, failure: String? = nil) -> (RuntimeHarness, ScriptedOpener) {
        let euResult: Result<OpenedAccount, AccountOpenError> =
            failure.map { .failure(AccountOpenError($0)) } ?? .success(OpenedAccount(service: second, config: euConfig))
        let opener = ScriptedOpener([(first, nil), (eu, euResult)])
        // The first account reads its list at every poll, so that holding the list stands for a slow poll.
        return (RuntimeHarness(listInterval: 5, opener: opener), opener)
    }

    /// Waits (in real time, without blocking a thread) until `condition` holds.
    func waitUntil(_ what: String, _ condition: () -> Bool) async throws {
        for _ in 0..<2000 {
            if condition() { return }
            try await Task.sleep(for: .milliseconds(5))
        }
        Issue.record("timed out waiting for \(what)")
    }

    @Test func afterASwitchTheScreenShowsTheSecondAccountAndALateAnswerOfTheFirstIsIgnored() async throws {
        let second = ScriptedService(rules: Self.euRules, attempts: Self.euAttempts)
        let (h, opener) = Self.harness(second: second)
        try await h.start()
        #expect(h.screen.contains("profile runtime-test · parent account · global"))
        #expect(h.screen.contains("198.51.100.7/32"))

        await h.service.hold("list")
        h.advanceWithoutWaiting(seconds: 5)
        await h.service.waitForCalls("list", count: 2)  // the first account's next poll, held: a slow SendGrid
        h.terminal.press(.character("c"), .character("j"), .enter)
        await second.waitForCalls("list", count: 1)
        try await waitUntil("the second account's answers") {
            h.runtime.state.accountEpoch == 1 && h.runtime.state.rules.isLoaded && h.runtime.state.attempts.isLoaded
        }
        #expect(await opener.opened == ["eu/sub2"])
        #expect(h.screen.contains("192.0.2.128/25") && !h.screen.contains("198.51.100.7/32"))

        await h.service.release("list")  // the first account's list arrives after the switch
        await h.runtime.settle()
        #expect(h.runtime.state.rules.rows.map(\.id) == [77, 78], "the late list of the first account is dropped")
        #expect(h.screen.contains("192.0.2.128/25"))
        #expect(!h.screen.contains("198.51.100.7/32"))
        #expect(h.screen.contains("profile eu · subuser sub2 · eu"))
        #expect(!h.screen.contains("runtime-test"))
        #expect(h.screen.contains("198.51.100.99"), "the second account's attempts")

        let firstCalls = await h.service.calls.count
        await h.advance(seconds: 12)
        #expect(await h.service.calls.count == firstCalls, "nothing more goes to the first account")
        #expect(await second.count("activity") >= 3, "the second account is polled on its own timer")
    }

    @Test func aChangeAfterTheSwitchGoesToTheSecondAccountOnly() async throws {
        let second = ScriptedService(rules: Self.euRules, attempts: Self.euAttempts)
        let (h, _) = Self.harness(second: second)
        try await h.start()
        h.terminal.press(.character("c"), .character("j"), .enter)
        await h.runtime.settle()
        h.terminal.press(.character("2"), .character("g"), .character("a"))
        await h.runtime.settle()
        #expect(await second.calls.contains("add 198.51.100.99/32"))
        #expect(await h.service.count("add") == 0)
        #expect(h.screen.contains("Allowed 198.51.100.99/32 (#79); journal "))
    }

    @Test func aSwitchWaitsForAChangeInFlight() async throws {
        let second = ScriptedService(rules: Self.euRules, attempts: Self.euAttempts)
        let (h, opener) = Self.harness(second: second)
        try await h.start()
        await h.service.hold("add")
        h.terminal.press(.character("2"), .character("g"), .character("a"))
        await h.service.waitForCalls("add", count: 1)
        try await waitUntil("the add to be sent") { h.runtime.state.inFlight != nil }
        h.terminal.press(.character("c"))
        #expect(h.screen.contains("wait for the change to finish, then switch"))
        #expect(!h.screen.contains("Switch account"))
        await h.service.release("add")
        await h.runtime.settle()
        #expect(await opener.opened.isEmpty)
        h.terminal.press(.character("c"), .character("j"), .enter)
        await h.runtime.settle()
        #expect(await opener.opened == ["eu/sub2"])
        #expect(h.screen.contains("profile eu · subuser sub2 · eu"))
    }

    @Test func aFailedOpenKeepsTheFirstAccountAndSaysWhy() async throws {
        let second = ScriptedService(rules: Self.euRules)
        let (h, _) = Self.harness(
            second: second, failure: "The key file /x/eu.key is readable by others: run chmod 600 /x/eu.key.")
        try await h.start()
        h.terminal.press(.character("c"), .character("j"), .enter)
        await h.runtime.settle()
        #expect(h.screen.contains("Could not open profile eu · subuser sub2 · eu: The key file /x/eu.key"))
        #expect(h.screen.contains("Still on profile runtime-test · parent account · global."))
        #expect(h.screen.contains("198.51.100.7/32"))
        #expect(await second.calls.isEmpty)
        let polls = await h.service.count("activity")
        await h.advance(seconds: 5)
        #expect(await h.service.count("activity") == polls + 1, "the first account is still polled")
    }
}
