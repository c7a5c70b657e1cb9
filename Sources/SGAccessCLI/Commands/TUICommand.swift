import AccessConfig
import AccessCore
import ArgumentParser
import Foundation
import SendGridAPI
import TerminalApp
import TerminalUI

/// `sgaccess` / `sgaccess tui`: the full-screen app against the configured account.
struct TUICommand: CLICommand {
    static let configuration = CommandConfiguration(
        commandName: "tui", abstract: "Open the terminal app (the default when no subcommand is given).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var terminal: TerminalOptions

    var wantsJSON: Bool { false }

    func validate() throws { try OptionCombinations.terminalApp(json: global.json) }

    /// Not used by the program (see `run`): the app's status may be 128 + a signal, which `ExitStatus` lacks.
    func execute(environment: CLIEnvironment, output: OutputSink) async throws -> ExitStatus {
        ExitStatus(rawValue: try await run(environment: environment, output: output)) ?? .api
    }

    func run(environment: CLIEnvironment, output: OutputSink) async throws -> Int32 {
        var global = self.global
        if global.logging.logFile == nil {
            global.logging.logFile = TerminalOptions.defaultLogFile(variables: environment.variables)
        }
        let context = try await CommandContext.make(
            global, environment: environment, output: output, command: "tui",
            terminalApp: true, terminal: terminal)
        let app = Self.appConfig(resolved: context.resolved, mine: context.mine, timeout: global.timeout)
        let opener = ConfigAccountOpener(
            config: context.config, flags: global.configFlags(terminal: terminal), environment: environment,
            logging: global.logging, logFailures: context.logFailures, timeout: global.timeout)
        var options = terminal.runtimeOptions(app: app)
        options.actor = context.actor(program: "app")
        options.keyLatency = KeyLatencyFile.from(environment.variables)
        HeapTuning.limitArenas()
        options.releaseMemory = HeapTuning.releaseFreedMemory
        return try await TerminalLauncher.run(
            service: context.service, options: options, logger: context.logger, failures: context.logFailures,
            opener: opener, ledger: context.ledger)
    }

    /// The app's settings: flags win over the profile, already combined in `resolved` (read_only, poll_interval,
    /// activity_limit, my_ips).
    static func appConfig(resolved: ResolvedProfile, mine: [MyAddress], timeout: Int) -> AppConfig {
        AppConfig(
            target: resolved.target, accent: resolved.accent, readOnly: resolved.readOnly, myAddresses: mine,
            activityLimit: resolved.activityLimit, requestTimeout: timeout, pollInterval: resolved.pollInterval,
            listInterval: resolved.listInterval)
    }
}
