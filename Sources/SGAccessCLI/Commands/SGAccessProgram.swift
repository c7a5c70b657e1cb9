import AccessConfig
import AccessCore
import ArgumentParser
import Foundation
import SendGridAPI
import TerminalKit

/// The whole program as a function: arguments and environment in, output and an exit status out.
/// The executable calls it with `.live()` and `.standard`; tests call it with fakes.
public enum SGAccessProgram {
    /// Parses `arguments` (without the program name), runs the subcommand and returns the exit status.
    /// Everything printed goes through `OutputSink.sanitizing`: argv, the environment and the server's texts
    /// can hold escape sequences, and swift-argument-parser quotes argv in its messages; in a locale that is not
    /// UTF-8 it is folded to ASCII too (JSON on standard output excepted).
    public static func run(arguments: [String], environment: CLIEnvironment, output raw: OutputSink) async -> Int32 {
        let output = raw.sanitizing.folded(to: environment.charset, keepingOut: arguments.contains("--json"))
        if let help = helpText(for: arguments) {
            output.out(help)
            return ExitStatus.success.rawValue
        }
        if wantsVersion(arguments) {
            output.out(
                arguments.contains("--json")
                    ? "{\"version\":\"\(SGAccessVersion.current)\"}" : "sgaccess \(SGAccessVersion.current)")
            return ExitStatus.success.rawValue
        }
        if let unknown = unknownCommand(in: arguments) {
            output.err("Usage: " + SGAccessCommand.usageString().trimmingCharacters(in: .whitespaces))
            let names = subcommandNames
            let message =
                "Unknown command '\(unknown)'." + NearMiss.hint(for: unknown, among: names)
                + " Commands: \(names.joined(separator: ", ")); `sgaccess help` explains them."
            report(CLIError(.usage, message), json: arguments.contains("--json"), output: output)
            return ExitStatus.usage.rawValue
        }
        // The terminal app's HTTP client is made on another thread while the arguments are parsed.
        if [nil, "tui", "demo"].contains(arguments.first(where: { !$0.hasPrefix("-") })) { SharedHTTPClients.warmUp() }
        let parsed: ParsableCommand
        do {
            parsed = try SGAccessCommand.parseAsRoot(arguments)
        } catch {
            return reportParseError(error, arguments: arguments, output: output)
        }
        guard let command = parsed as? CLICommand else {
            output.err(SGAccessCommand.helpMessage())
            output.err("Error: name a subcommand, e.g. `sgaccess list`.")
            return ExitStatus.usage.rawValue
        }
        do {
            return try await command.run(environment: environment, output: output)
        } catch {
            let failure =
                (error as? CLIError)
                ?? CLIError(.api, "Unexpected failure: \(Sanitizer.clean(String(describing: error), maxColumns: 200)).")
            report(failure, json: command.wantsJSON, output: output)
            return failure.status.rawValue
        }
    }

    /// `--help`, `-h` or `help [SUBCOMMAND]`: the subcommand's help, or the root's.
    static func helpText(for arguments: [String]) -> String? {
        guard arguments.first == "help" || arguments.contains("--help") || arguments.contains("-h") else { return nil }
        let subcommands = SGAccessCommand.configuration.subcommands
        guard let name = arguments.first(where: { $0 != "help" && !$0.hasPrefix("-") }),
            let subcommand = subcommands.first(where: { $0.configuration.commandName == name })
        else {
            return SGAccessCommand.helpMessage()
        }
        return SGAccessCommand.helpMessage(for: subcommand)
    }

    /// `--version` anywhere before a `--` (with any command or option: `sgaccess list --version` too), as most
    /// tools answer it.
    static func wantsVersion(_ arguments: [String]) -> Bool {
        arguments.prefix { $0 != "--" }.contains("--version")
    }

    /// The first argument when it is neither an option nor a subcommand: without this check the default
    /// subcommand (`tui`) would take `sgaccess lst` as its own bad argument.
    static func unknownCommand(in arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), first != "help",
            !subcommandNames.contains(first)
        else { return nil }
        return first
    }

    static var subcommandNames: [String] {
        SGAccessCommand.configuration.subcommands.compactMap { $0.configuration.commandName }
    }

    /// Help and version go to standard output with status 0; every parse or validation error to standard
    /// error with status 2 (with the usage), and with `--json` as one sentence in a JSON error object too.
    static func reportParseError(_ error: Error, arguments: [String], output: OutputSink) -> Int32 {
        let message = SGAccessCommand.fullMessage(for: error)
        let code = SGAccessCommand.exitCode(for: error)
        if code == .success {
            output.out(message)
            return ExitStatus.success.rawValue
        }
        output.err(message)
        if arguments.contains("--json") {
            output.out(JSONOutput.encode(ErrorShape(CLIError(.usage, sentence(for: error)))))
        }
        return ExitStatus.usage.rawValue
    }

    static func report(_ raw: CLIError, json: Bool, output: OutputSink) {
        let error = raw.redacting([])
        output.err("Error: " + error.message)
        if json {
            output.out(JSONOutput.encode(ErrorShape(error)))
        }
    }
}
