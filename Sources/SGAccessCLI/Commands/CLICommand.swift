import ArgumentParser

/// A subcommand SGAccessProgram can run with an injected environment.
protocol CLICommand: ParsableCommand {
    /// Whether errors should also be printed as a JSON error object on standard output.
    var wantsJSON: Bool { get }
    func execute(environment: CLIEnvironment, output: OutputSink) async throws -> ExitStatus
    /// The process exit status; `execute`'s by default. The terminal app returns its own (128 + signal).
    func run(environment: CLIEnvironment, output: OutputSink) async throws -> Int32
}

extension CLICommand {
    func run(environment: CLIEnvironment, output: OutputSink) async throws -> Int32 {
        try await execute(environment: environment, output: output).rawValue
    }
}
