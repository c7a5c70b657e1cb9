import ArgumentParser

/// A subcommand SGAccessProgram can run with an injected environment.
protocol CLICommand: ParsableCommand {
    /// Whether errors should also be printed as a JSON error object on standard output.
    var wantsJSON: Bool { get }
    func execute(environment: CLIEnvironment, output: OutputSink) async throws -> ExitStatus
}
