import Foundation
import Synchronization
import SendGridSimulator
import Testing
@testable import SGAccessCLI

@Suite struct SimCommandTests {
    @Test func flagsMapToTheConfiguration() throws {
        let command = try #require(try SGAccessCommand.parseAsRoot([
            "sim", "--host", "127.0.0.2", "--port", "8081", "--client-ip", "198.51.100.1", "--trust-forwarded-for",
            "--no-enforce", "--seed", "empty", "--traffic", "--rule-cap", "5", "--state", "/tmp/sim.json",
        ]) as? SimCommand)
        let configuration = command.configuration(variables: ["SENDGRID_API_KEY": "SG.custom"])
        #expect(configuration.host == "127.0.0.2")
        #expect(configuration.port == 8081)
        #expect(configuration.clientIP == "198.51.100.1")
        #expect(configuration.trustForwardedFor)
        #expect(!configuration.enforce)
        #expect(configuration.seed == .empty)
        #expect(configuration.traffic)
        #expect(configuration.ruleCap == 5)
        #expect(configuration.statePath == "/tmp/sim.json")
        #expect(configuration.apiKey == "SG.custom")
    }

    @Test func defaultsMatchTheSimulatorsAndUseTheDemoKey() throws {
        let command = try #require(try SGAccessCommand.parseAsRoot(["sim"]) as? SimCommand)
        let configuration = command.configuration(variables: [:])
        let defaults = SimulatorConfiguration()
        #expect(configuration.host == defaults.host && configuration.port == 0 && configuration.clientIP == defaults.clientIP)
        #expect(configuration.enforce && configuration.seed == .demo && !configuration.traffic && configuration.ruleCap == 1000)
        #expect(configuration.apiKey == SimulatorConfiguration.demoAPIKey)
    }

    @Test func printsTheListeningLineOnStdoutOnly() async {
        let result = await run(["sim", "--port", "0"], variables: [:])
        #expect(result.status == 0)
        #expect(result.out == "listening on http://127.0.0.1:49152")
        #expect(result.err.contains("accepts the documented demo key"))
        #expect(result.err.contains("Simulator stopped."))
    }

    @Test(arguments: [["sim", "--port", "70000"], ["sim", "--client-ip", "nope"], ["sim", "--seed", "full"], ["sim", "--rule-cap", "0"]])
    func badFlagsAreUsageErrors(arguments: [String]) async {
        #expect(await run(arguments).status == 2)
    }
}

@Suite struct TerminationSignalTests {
    /// The live wait returns when one of its signals arrives (SIGUSR2 here, so the test process's own
    /// SIGINT/SIGTERM handling is left alone).
    @Test func returnsOnSignal() async throws {
        let done = Mutex(false)
        Task {
            await TerminationSignal.wait(for: [SIGUSR2])
            done.withLock { $0 = true }
        }
        try await Task.sleep(for: .milliseconds(300))
        #expect(!done.withLock { $0 }, "returns only once signalled")
        kill(getpid(), SIGUSR2)  // process-directed, as Ctrl-C and kill are (pool threads block signals)
        // Poll instead of awaiting the waiter, so a broken wait fails the test instead of hanging it.
        for _ in 0..<100 where !done.withLock({ $0 }) {
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(done.withLock { $0 })
    }
}
