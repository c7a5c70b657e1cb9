import AccessCore
import ArgumentParser
import SendGridAPI

/// `sgaccess whoami`: this host's addresses and the operator's SSH address, where each was learned, and the rules
/// covering each; a private SSH address is shown but never checked (SendGrid sees the network's public address).
/// Exit 0 when this host's address is known and every protected address is allowed, 1 otherwise. JSON: `WhoamiShape`.
struct WhoamiCommand: CLICommand {
    static let configuration = CommandConfiguration(
        commandName: "whoami", abstract: "Show your own addresses and how the allow list covers each.")

    @OptionGroup var global: GlobalOptions

    var wantsJSON: Bool { global.json }

    func execute(environment: CLIEnvironment, output: OutputSink) async throws -> ExitStatus {
        let context = try await CommandContext.make(global, environment: environment, output: output, command: "whoami")
        let knowledge = context.knowledge
        let rules = try await context.call("list rules") { () async throws(APIError) in
            try await context.service.listRules()
        }
        let index = CoverageIndex(rules: rules)
        let protected = Set(knowledge.protected)
        let rows = context.mine.map { mine in
            let address = mine.address.unmappingIPv4
            return WhoamiShape.Mine(
                address: address.description, source: mine.source.rawValue, allowed: index.allows(address),
                rules: index.rules(covering: address).map(RuleShape.init),
                role: mine.source.tellsThisHost ? "this_host" : "operator",
                scope: address.scope.word, protected: protected.contains(address))
        }
        let hostLine =
            knowledge.isHostKnown
            ? knowledge.hostSummary
            : knowledge.hostSummary + " — pass --my-ip ADDR or set SGACCESS_MY_IPS (or --my-ip-url URL)"
        let shape = WhoamiShape(
            enforced: !rules.isEmpty, addresses: rows, hostKnown: knowledge.isHostKnown,
            thisHost: knowledge.hostAddresses.map(\.description), hostSummary: hostLine,
            operatorSummary: knowledge.operatorSummary)
        context.emit(shape) {
            guard !rows.isEmpty else {
                return [
                    "No address of yours is known: pass --my-ip ADDR, set SGACCESS_MY_IPS, or use --my-ip-url URL.",
                    hostLine,
                ]
            }
            var table = TextTable(columns: [
                .init("ADDRESS", maxColumns: 39), .init("SOURCE"), .init("STATUS", maxColumns: 70),
            ])
            for row in rows { table.append([row.address, row.source, Self.status(row, enforced: !rules.isEmpty)]) }
            return table.lines + [hostLine] + (knowledge.operatorSummary.map { [$0] } ?? [])
        }
        let protectedRows = rows.filter(\.protected)
        return knowledge.isHostKnown && protectedRows.allSatisfy(\.allowed) ? .success : .negative
    }

    static func status(_ row: WhoamiShape.Mine, enforced: Bool) -> String {
        guard row.protected else {
            return "not checked: a \(row.scope) address, which SendGrid never sees"
        }
        if !enforced { return "allowed (the list is empty: enforcement is off)" }
        guard let first = row.rules.first else { return "NOT COVERED: SendGrid refuses this address" }
        let more = row.rules.count > 1 ? " (+\(row.rules.count - 1) more)" : ""
        return "allowed by #\(first.id) \(first.ip)\(more)"
    }
}
