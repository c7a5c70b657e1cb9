import AccessCore
import ArgumentParser
import SendGridAPI

/// `sgaccess export [--format text|json]`: the live list as a file on standard output, sorted (family, address,
/// prefix) and normalised, with notes and expiries (`198.51.100.7/32  # build agent  expires=2027-01-01`); the
/// same list gives the same bytes, so it diffs cleanly in git. `plan` and `apply` read it back. `--json` is
/// `--format json`. Format: docs/ALLOW-LIST-FILE.md.
struct ExportCommand: CLICommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the allow list as a file: sorted, normalised, with notes and expiries (see `plan`, `apply`).")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "text (one range per line, notes as comments) or json.")
    var format: Format?

    @OptionGroup var global: GlobalOptions

    var wantsJSON: Bool { global.json }

    var chosenFormat: Format { format ?? (global.json ? .json : .text) }

    func validate() throws {
        if global.json, format == .text {
            throw ValidationError("--json writes JSON; drop --json to export text, or drop --format text.")
        }
    }

    func execute(environment: CLIEnvironment, output: OutputSink) async throws -> ExitStatus {
        let context = try await CommandContext.make(global, environment: environment, output: output, command: "export")
        let rules = try await context.call("list rules") { () async throws(APIError) in
            try await context.service.listRules()
        }
        let annotations = ListFileReview.readAnnotations(context)
        switch chosenFormat {
        case .text: output.out(String(ListDocumentFormatter.text(rules: rules, annotations: annotations).dropLast()))
        case .json: output.out(String(ListDocumentFormatter.json(rules: rules, annotations: annotations).dropLast()))
        }
        for rule in rules where rule.range == nil {
            context.note(
                "Warning: rule #\(rule.id) is not a range, so it is not in the file; remove it with "
                    + "`sgaccess remove \(rule.id)`.")
        }
        let count = Set(rules.compactMap(\.range)).count
        context.note("Exported \(ListFileReview.rules(count)) of \(context.target.description).")
        return .success
    }
}
