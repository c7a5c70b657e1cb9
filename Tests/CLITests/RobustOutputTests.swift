import Foundation
import SendGridAPI
import Synchronization
import Testing

@testable import SGAccessCLI

/// Hostile bytes from argv never reach the terminal raw; a log that cannot be written never ends a command;
/// the client gets the logger, the deadline and the wait notices.
@Suite struct RobustOutputTests {
    @Test(arguments: ["\u{1B}]0;HIJACK\u{07}", "\u{1B}]0;HIJACK\u{07}\u{1B}[2J", "x\u{2028}y\u{202E}z"])
    func hostileArgumentsAreSanitisedInEveryMessage(argument: String) async {
        for arguments in [
            ["check", argument], ["list", "--on-behalf-of", argument], ["list", "--timeout", argument],
            ["remove", argument, "--yes"], [argument],
        ] {
            let result = await run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(
                !result.all.unicodeScalars.contains {
                    $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x2028 || $0.value == 0x202E
                },
                "\(arguments): \(result.all.debugDescription)")
        }
    }

    @Test func multiLineMessagesKeepTheirLines() async {
        let result = await run(["list", "--bogus"])
        #expect(result.status == 2)
        #expect(result.err.contains("\n"), "usage stays on several lines")
    }

    @Test func aLogOnAFullDeviceIsReportedOnceAndTheCommandSucceeds() async {
        let service = FakeService(ranges: ["203.0.113.0/24"])
        let result = await run(["list", "--log-file", "/dev/full", "--log-level", "debug"], service: service)
        #expect(result.status == 0)
        let sentence = "The log at /dev/full cannot be written: No space left on device; continuing without it."
        #expect(result.err.components(separatedBy: sentence).count == 2, "\(result.err)")
    }

    @Test func theReportGoesToTheAppOnceItRunsAndIsNeverRepeated() {
        let first = Mutex<[String]>([]), second = Mutex<[String]>([])
        let route = LogFailureRoute(target: { line in first.withLock { $0.append(line) } })
        route.report("one")
        route.report("two")
        route.redirect(to: { line in second.withLock { $0.append(line) } })
        route.report("three")
        #expect(first.withLock { $0 } == ["one"])
        #expect(second.withLock { $0 } == ["one"], "the app is told of the earlier failure too")
    }

    @Test func commandsGiveTheClientTheDeadlineAndANoticeOnStandardError() async throws {
        let (configuration, capture) = try await Self.context(["--timeout", "7"], terminalApp: false)
        let deadline = try #require(configuration.deadline)
        #expect(deadline.seconds == 7)
        #expect(deadline.remaining <= .seconds(7) && deadline.remaining > .seconds(5))
        let notify = try #require(configuration.onRetryWait)
        notify(
            RetryWait(
                operation: .listRules, reason: .rateLimited(reset: 43), delay: .seconds(43), nextAttempt: 2, until: 43))
        #expect(capture.err == "rate limited by SendGrid until 00:00:43 UTC; waiting 43 s (Ctrl-C to stop)")
    }

    @Test(arguments: [false, true])
    func theClientGetsTheCommandsLogger(terminalApp: Bool) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sgaccess-cli-log-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("log").path
        let (configuration, _) = try await Self.context(
            ["--log-file", log, "--log-level", "debug"], terminalApp: terminalApp)
        #expect(configuration.logger.logLevel == .debug, "--log-level reaches the HTTP client")
        configuration.logger.debug("from the client")
        #expect(try String(contentsOfFile: log, encoding: .utf8).contains("from the client"))
    }

    @Test func theTerminalAppsClientHasNoDeadlineAndPrintsNothing() async throws {
        let (configuration, capture) = try await Self.context([], terminalApp: true)
        #expect(configuration.deadline == nil)
        #expect(configuration.onRetryWait == nil)
        #expect(capture.err.isEmpty)
    }

    /// The client configuration `CommandContext.make` builds for `arguments`, and what it printed.
    static func context(_ arguments: [String], terminalApp: Bool) async throws -> (ClientConfiguration, Capture) {
        let capture = Capture()
        let recorder = Recorder()
        let environment = CLIEnvironment(
            variables: ["SENDGRID_API_KEY": testKey], stdinIsTerminal: false, confirm: { _ in false },
            makeService: { configuration in
                recorder.add(configuration); return FakeService()
            },
            startSimulator: { _ in SimulatorHandle(baseURL: "http://127.0.0.1:1", stop: {}) }, waitForTermination: {})
        let global = try GlobalOptions.parse(["--my-ip", "203.0.113.10"] + arguments)
        _ = try await CommandContext.make(
            global, environment: environment, output: capture.sink, command: "test",
            terminalApp: terminalApp)
        return (try #require(recorder.configurations.first), capture)
    }
}
