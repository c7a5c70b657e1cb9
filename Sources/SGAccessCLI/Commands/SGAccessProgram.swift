import ArgumentParser
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
