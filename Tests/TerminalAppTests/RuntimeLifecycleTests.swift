import AccessCore
import TerminalKit
import TerminalUI
import Testing

@testable import TerminalApp

/// How the app ends: the status `run()` returns, and the terminal given back.
@MainActor @Suite struct RuntimeLifecycleTests {
    @Test func qEndsTheRunWithStatusZeroAndGivesTheTerminalBack() async throws {
        let h = RuntimeHarness()
        try await h.start()
        let frames = h.terminal.frames.count
        h.terminal.press(.character("q"))
        #expect(h.runtime.exitStatus == 0)
        #expect(h.terminal.isEnded)
        #expect(h.terminal.frames.count == frames, "nothing is drawn after the end")
        #expect(h.scheduler.pendingCount == 0 || h.runtime.exitStatus != nil)
        await h.advance(seconds: 30)
        #expect(await h.service.count("list") == 1, "no poll after the end")
    }

    @Test(arguments: [Int32(15), 1, 2])
    func aSignalEndsTheRunWith128PlusIt(_ signo: Int32) async throws {
        let h = RuntimeHarness()
        try await h.start()
        h.terminal.signal(signo)
        #expect(h.runtime.exitStatus == 128 + signo)
        #expect(h.terminal.isEnded)
    }

    @Test func endOfInputEndsTheRunWithStatusZero() async throws {
        let h = RuntimeHarness()
        try await h.start()
        h.terminal.hangUp()
        #expect(h.runtime.exitStatus == 0)
    }

    @Test func runReturnsTheStatus() async throws {
        let h = RuntimeHarness()
        async let status = h.runtime.run()
        await h.service.waitForCalls("activity", count: 1)
        h.terminal.press(.character("q"))
        #expect(try await status == 0)
    }

    @Test func aTerminalThatCannotStartIsAnErrorBeforeAnythingIsDrawn() async {
        let h = RuntimeHarness()
        h.terminal.startFailure = "TERM is not set: set it (e.g. TERM=xterm-256color) and try again."
        #expect(throws: AppRuntime.LaunchError.self) { try h.runtime.start() }
        #expect(h.terminal.frames.isEmpty)
    }

    @Test func theFirstRequestsAreAskedForBeforeTheTerminalStarts() async {
        let h = RuntimeHarness()
        h.terminal.startFailure = "TERM is not set: set it (e.g. TERM=xterm-256color) and try again."
        #expect(throws: AppRuntime.LaunchError.self) { try h.runtime.start() }
        // Nothing runs after a failed start, so a poll in flight was asked for before the terminal was started.
        #expect(h.runtime.state.poll.inFlight == [.rules, .activity])
        await h.runtime.settle()
    }

    @Test func aTerminalThatCannotStartDrawsNoAnswerOfTheRequestsAlreadySent() async {
        let h = RuntimeHarness()
        h.terminal.startFailure = "TERM is not set: set it (e.g. TERM=xterm-256color) and try again."
        #expect(throws: AppRuntime.LaunchError.self) { try h.runtime.start() }
        await h.runtime.settle()
        #expect(h.terminal.frames.isEmpty)
        #expect(!h.runtime.state.rules.isLoaded && !h.runtime.state.attempts.isLoaded)
    }

    @Test func aLogThatCannotBeWrittenBecomesAFlash() async throws {
        let h = RuntimeHarness()
        try await h.start()
        h.runtime.deliver(
            .logWriteFailed("The log at /dev/full cannot be written: No space left on device; continuing without it."))
        #expect(h.screen.contains("The log at /dev/full cannot be written"))
    }

    @Test func copyAndRedrawReachTheBackend() async throws {
        let h = RuntimeHarness()
        try await h.start()
        h.terminal.press(.character("1"), .character("g"), .character("y"), .control("l"))
        #expect(h.terminal.copied == ["203.0.113.0/24"])
        #expect(h.terminal.fullRedraws == 1)
    }
}
