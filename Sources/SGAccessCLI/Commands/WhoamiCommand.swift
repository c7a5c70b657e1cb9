import AccessCore
import ArgumentParser
import SendGridAPI

/// `sgaccess whoami`: my addresses, where each was learned, and the rules covering it.
/// Exit 0 when every one is allowed, 1 when one is not or none is known. JSON: `WhoamiShape`.
struct WhoamiCommand: CLICommand {
    static let configuration = CommandConfiguration(
        commandName: "whoami", abstract: "Show your own addresses and how the allow list covers each.")

    @OptionGroup var global: GlobalOptions

    var wantsJSON: Bool { global.json }

    func execute(environment: CLIEnvironment, output: OutputSink) async throws -> ExitStatus {
        let context = try await CommandContext.make(global, environment: environment, output: output, command: "whoami")
        let rules = try await context.call("list rules") { () async throws(APIError) in try await context.service.listRules() }
        let index = CoverageIndex(rules: rules)
        let rows = context.mine.map { mine in
            WhoamiShape.Mine(
                address: mine.address.description, source: mine.source.rawValue, allowed: index.allows(mine.address),
                rules: index.rules(covering: mine.address).map(RuleShape.init))
        }
        context.emit(WhoamiShape(enforced: !rules.isEmpty, addresses: rows)) {
            guard !rows.isEmpty else {
                return ["No address of yours is known: pass --my-ip ADDR, set SGACCESS_MY_IPS, connect over SSH, or use --my-ip-url URL."]
            }
            var table = TextTable(columns: [.init("ADDRESS", maxColumns: 39), .init("SOURCE"), .init("STATUS", maxColumns: 70)])
            for row in rows {
                let status: String
                if rules.isEmpty {
                    status = "allowed (the list is empty: enforcement is off)"
                } else if let first = row.rules.first {
                    let more = row.rules.count > 1 ? " (+\(row.rules.count - 1) more)" : ""
                    status = "allowed by #\(first.id) \(first.ip)\(more)"
                } else {
                    status = "NOT COVERED: SendGrid refuses this address"
                }
                table.append([row.address, row.source, status])
            }
            return table.lines
        }
        return !rows.isEmpty && rows.allSatisfy(\.allowed) ? .success : .negative
    }
}
