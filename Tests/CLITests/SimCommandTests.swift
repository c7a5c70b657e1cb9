import Foundation
import SendGridSimulator
import Synchronization
import Testing

@testable import SGAccessCLI

@Suite struct SimCommandTests {
    @Test func flagsMapToTheConfiguration() throws {
        let command = try #require(
            try SGAccessCommand.parseAsRoot([
                "sim", "--host", "127.0.0.2", "--port", "8081", "--client-ip", "198.51.100.1", "--trust-forwarded-for",
                "--no-enforce", "--seed", "empty", "--traffic", "--rule-cap", "5", "--state", "/tmp/sim.json",
            ]) as? SimCommand)
        let configuration = try command.configuration(variables: ["SENDGRID_API_KEY": "SG.custom"])
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

    @Test func rulesFlagMapsToGeneratedRules() throws {
        let command = try #require(
            try SGAccessCommand.parseAsRoot(["sim", "--seed", "empty", "--rules", "100000", "--rule-cap", "100000"])
                as? SimCommand)
        let configuration = try command.configuration(variables: [:])
        #expect(configuration.generatedRules == 100_000 && configuration.ruleCap == 100_000)
        #expect((try SGAccessCommand.parseAsRoot(["sim"]) as? SimCommand)?.generatedRules == 0)
    }

    @Test func defaultsMatchTheSimulatorsAndUseTheDemoKey() throws {
        let command = try #require(try SGAccessCommand.parseAsRoot(["sim"]) as? SimCommand)
        let configuration = try command.configuration(variables: [:])
        let defaults = SimulatorConfiguration()
        #expect(
            configuration.host == defaults.host && configuration.port == 0
                && configuration.clientIP == defaults.clientIP)
        #expect(
            configuration.enforce && configuration.seed == .demo && !configuration.traffic
                && configuration.ruleCap == 1000)
        #expect(configuration.apiKey == SimulatorConfiguration.demoAPIKey)
        #expect(configuration.scopedKeys.isEmpty && configuration.rateLimit == nil && configuration.randomSeed == nil)
        #expect(configuration.activityCapacity == defaults.activityCapacity)
        #expect(configuration.trafficInterval == defaults.trafficInterval)
        #expect(configuration.faults == FaultSettings.none)
        #expect(configuration.logLevel == defaults.logLevel)
    }

    @Test func everyOtherFlagMapsToTheConfiguration() throws {
        let command = try #require(
            try SGAccessCommand.parseAsRoot([
                "sim", "--scoped-key", "SG.read=access_settings.whitelist.read,access_settings.activity.read",
                "--scoped-key", "SG.delete=access_settings.whitelist.delete",
                "--rate-limit", "5/10s", "--traffic", "--traffic-interval", "250ms", "--activity-capacity", "7",
                "--latency-ms", "15", "--latency-jitter-ms", "5", "--error-rate", "0.25", "--error-statuses", "503",
                "--malformed-rate", "0.1", "--truncate-rate", "0.2", "--reset-rate", "0.3", "--hostile-strings",
                "--seed-random", "42", "--server-log-level", "debug",
            ]) as? SimCommand)
        let configuration = try command.configuration(variables: [:])
        #expect(
            configuration.scopedKeys == [
                "SG.read": [.whitelistRead, .activityRead],
                "SG.delete": [.whitelistDelete],
            ])
        #expect(configuration.rateLimit == SimulatorRateLimit(limit: 5, windowSeconds: 10))
        #expect(configuration.trafficInterval == .milliseconds(250))
        #expect(configuration.activityCapacity == 7)
        #expect(
            configuration.faults
                == FaultSettings(
                    latency: .milliseconds(15), latencyJitter: .milliseconds(5), serverErrorRate: 0.25,
                    serverErrorStatuses: [503],
                    malformedJSONRate: 0.1, truncatedBodyRate: 0.2, connectionResetRate: 0.3, hostileStrings: true))
        #expect(configuration.randomSeed == 42)
        #expect(configuration.logLevel == .debug)
    }

    @Test(arguments: [("100", 100, 60), ("3/1", 3, 1), ("3/1s", 3, 1)])
    func rateLimitSyntax(text: String, limit: Int, window: Int) throws {
        #expect(try SimFlagParser.rateLimit(text) == SimulatorRateLimit(limit: limit, windowSeconds: window))
    }

    @Test(arguments: [("2", 2000), ("0.5", 500), ("2s", 2000), ("500ms", 500)])
    func durationSyntax(text: String, milliseconds: Int64) throws {
        #expect(try SimFlagParser.duration(text, flag: "--x") == .milliseconds(milliseconds))
    }

    @Test(arguments: [
        (["sim", "--scoped-key", "nokey"], "the '=' is missing"),
        (["sim", "--scoped-key", "K=access_settings.bogus"], "Unknown scope 'access_settings.bogus'"),
        (["sim", "--scoped-key", "K="], "name at least one scope"),
        (
            ["sim", "--scoped-key", "\(SimulatorConfiguration.demoAPIKey)=access_settings.whitelist.read"],
            "same as the full-access key"
        ),
        (["sim", "--rate-limit", "0"], "--rate-limit takes N or N/WINDOW"),
        (["sim", "--rate-limit", "5/x"], "--rate-limit takes N or N/WINDOW"),
        (["sim", "--traffic-interval", "0"], "--traffic-interval takes seconds"),
        (["sim", "--activity-capacity", "0"], "--activity-capacity must be between 1"),
        (["sim", "--error-rate", "1.5"], "--error-rate must be a share from 0 to 1"),
        (["sim", "--reset-rate=-0.1"], "--reset-rate must be a share from 0 to 1"),
        (["sim", "--latency-ms=-1"], "--latency-ms must be between 0 and 600000"),
        (["sim", "--error-statuses", "404"], "--error-statuses takes statuses from 500 to 599"),
        (["sim", "--seed-random=-3"], "seed-random"),
        (["sim", "--rules=-1"], "--rules must be between 0 and 1000000"),
        (["sim", "--rules", "2000"], "The rule cap 1000 is below the 2015 rules seeded at start"),
    ])
    func badSimFlagsNameTheFlag(arguments: [String], expected: String) async {
        let result = await run(arguments, variables: [:])
        #expect(result.status == 2)
        #expect(result.err.contains(expected), "\(result.err)")
        #expect(!result.all.contains(SimulatorConfiguration.demoAPIKey), "a key is never echoed")
    }

    @Test func theKeyFromTheEnvironmentIsNeverPrinted() async {
        let result = await run(["sim", "--port", "0"], variables: ["SENDGRID_API_KEY": testKey])
        #expect(result.status == 0)
        #expect(result.err.contains("accepts the key in SENDGRID_API_KEY"))
        #expect(result.err.contains("  export SENDGRID_BASE_URL=http://127.0.0.1:49152\n"))
        #expect(result.err.contains("  # SENDGRID_API_KEY: the key it was started with (already set in this shell)"))
        #expect(!result.err.contains("export SENDGRID_API_KEY"))
        #expect(!result.all.contains(testKey))
    }

    @Test func aBusyPortGivesItsAdviceOnce() throws {
        let command = try #require(try SGAccessCommand.parseAsRoot(["sim", "--port", "8080"]) as? SimCommand)
        let error = command.startFailure(
            SimulatorError.serverStopped("port 8080 on 127.0.0.1 is already in use"), key: "SG.x")
        #expect(
            error.message
                == "The simulator could not start: port 8080 on 127.0.0.1 is already in use. "
                + "Pick another --port, or --port 0 for a free one.")
        #expect(error.status == .api)
        let state = command.startFailure(SimulatorError.stateFile(path: "/x", reason: "bad JSON"), key: "SG.x")
        #expect(state.message == SimulatorError.stateFile(path: "/x", reason: "bad JSON").description)
    }

    @Test func printsTheListeningLineOnStdoutOnly() async {
        let result = await run(["sim", "--port", "0"], variables: [:])
        #expect(result.status == 0)
        #expect(result.out == "listening on http://127.0.0.1:49152")
        #expect(result.err.contains("accepts the documented demo key"))
        #expect(result.err.contains("Use it from another shell (the key is the simulator's fake demo key):"))
        #expect(result.err.contains("  export SENDGRID_BASE_URL=http://127.0.0.1:49152\n"))
        #expect(result.err.contains("  export SENDGRID_API_KEY=\(SimulatorConfiguration.demoAPIKey)\n"))
        #expect(result.err.contains("Simulator stopped."))
    }

    @Test(arguments: [
        ["sim", "--port", "70000"], ["sim", "--client-ip", "nope"], ["sim", "--seed", "full"],
        ["sim", "--rule-cap", "0"],
    ])
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
