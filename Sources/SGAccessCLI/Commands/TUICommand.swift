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
            terminalApp: true)
        let baseURL = try global.resolvedBaseURL(variables: environment.variables)
        let target = AccountTarget(onBehalfOf: try global.resolvedOnBehalfOf(), endpoint: .init(baseURL: baseURL))
        let app = AppConfig(
            target: target, readOnly: terminal.readOnly, myAddresses: context.mine,
            activityLimit: terminal.activityLimit,
            requestTimeout: global.timeout)
        return try await TerminalLauncher.run(
            service: context.service, options: terminal.runtimeOptions(app: app), logger: context.logger,
            failures: context.logFailures)
    }
}
