import AccessConfig
import ArgumentParser

/// `sgaccess info`: the version, the paths sgaccess uses, and what the active profile and flags resolve to.
/// Needs no key and contacts nobody; a missing key is reported with its fix, never the key itself.
/// JSON: `InfoShape`.
struct InfoCommand: CLICommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Show the version, config and log paths, and what the active profile resolves to (never the key).")

    @OptionGroup var global: GlobalOptions

    var wantsJSON: Bool { global.json }

    func execute(environment: CLIEnvironment, output: OutputSink) async throws -> ExitStatus {
        let variables = environment.variables
        let (config, resolved) = try CommandContext.resolve(global, terminal: nil, variables: variables)
        let problem: String?
        switch resolved.keySource.load(variables: variables, hint: config.missingKeyHint) {
        case .success: problem = nil
        case .failure(let error): problem = error.message
        }
        let shape = InfoShape(config: config, resolved: resolved, keyProblem: problem)
        if global.json {
            output.out(JSONOutput.encode(shape))
        } else {
            output.out(shape.lines.joined(separator: "\n"))
        }
        return .success
    }
}
