import AccessCore
import ArgumentParser
import Foundation
import SendGridAPI

/// `sgaccess list`: the allow list, with the rules covering my addresses marked.
/// JSON: `ListShape`.
struct ListCommand: CLICommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Show the allow list, marking rules that cover your own addresses.")

    @OptionGroup var global: GlobalOptions

    var wantsJSON: Bool { global.json }

    func execute(environment: CLIEnvironment, output: OutputSink) async throws -> ExitStatus {
        let context = try await CommandContext.make(global, environment: environment, output: output, command: "list")
        let rules = try await context.call("list rules") { () async throws(APIError) in
            try await context.service.listRules()
        }
        .sorted { $0.id < $1.id }
        let mine = context.myAddresses
        func coveredMine(_ rule: AllowRule) -> [String] {
            guard let range = rule.range else { return [] }
            return mine.filter(range.contains).map(\.description)
        }
        let annotations = Self.annotations(context)
        func annotation(_ rule: AllowRule) -> Annotation? {
            annotations.isEmpty ? nil : rule.range.flatMap { annotations[$0.description] }
        }
        let shape = ListShape(
            count: rules.count, enforced: !rules.isEmpty, limit: Limits.maxRules,
            rules: rules.map { rule in
                let annotation = annotation(rule)
                return ListShape.Row(
                    rule: RuleShape(rule), coversMine: coveredMine(rule), note: annotation?.note,
                    expires: annotation?.expires.map(JournalShape.seconds))
            })
        // The hand-written encoder gives JSONOutput.encode's bytes, streamed: a 100 000-rule list is 19 MB of JSON.
        guard !context.json else {
            shape.writeJSON(to: context.output.out)
            return .success
        }
        context.emit(shape) {
            guard !rules.isEmpty else {
                return ["The allow list is empty: SendGrid enforces nothing and accepts callers from any address."]
            }
            // The NOTE and EXPIRES columns appear once any rule has a note or an expiry.
            let annotated = !annotations.isEmpty
            var columns: [TextTable.Column] = [
                .init("ID", rightAligned: true), .init("RULE", maxColumns: 45), .init("ADDRESSES", rightAligned: true),
                .init("CREATED"), .init("UPDATED"), .init("MINE"),
            ]
            if annotated { columns += [.init("NOTE", maxColumns: 40), .init("EXPIRES")] }
            var table = TextTable(columns: columns)
            let now = context.clockDate
            for rule in rules {
                let annotation = annotation(rule)
                var cells = [
                    "\(rule.id)", rule.ip, rule.range?.sizeDescription ?? "invalid",
                    Timestamp.utc(rule.createdAt), Timestamp.utc(rule.updatedAt),
                    coveredMine(rule).joined(separator: " "),
                ]
                if annotated {
                    cells += [annotation?.note ?? "", annotation?.expires.map { ExpiryPhrase.of($0, now: now) } ?? ""]
                }
                table.append(cells)
            }
            let plural = rules.count == 1 ? "rule" : "rules"
            return table.lines + [
                "\(rules.count) \(plural) (limit \(Limits.maxRules)); enforcement is on: only these ranges may call the API."
            ]
        }
        return .success
    }

    /// The notes and expiries; a store that cannot be read is reported and the list shown without them.
    static func annotations(_ context: CommandContext) -> [String: Annotation] {
        do {
            return try context.ledger.annotations()
        } catch {
            context.note("Warning: notes and expiries are not shown: \(error.message)")
            return [:]
        }
    }
}
