import AccessCore
import ArgumentParser
import SendGridAPI
import TerminalKit

/// `sgaccess check ADDR`: exit 0 when SendGrid would allow ADDR (naming the covering rule), 1 when not.
/// ADDR may also be a range: it is allowed when one rule covers all of it; otherwise the rules inside it and how
/// many of its addresses they cover are reported (`RangeCoverage`). A private, loopback or link-local
/// address gets a note: SendGrid never sees one as a caller. JSON: `CheckShape`.
struct CheckCommand: CLICommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Tell whether an address may call the API (exit 0) or not (exit 1).")

    @Argument(help: "An address (203.0.113.7, 2001:db8::1) or a range (203.0.113.0/24).")
    var address: String

    @OptionGroup var global: GlobalOptions

    var wantsJSON: Bool { global.json }

    func validate() throws {
        if case .failure(let error) = AllowEntryParser.parse(address) { throw ValidationError(error.message) }
        try OptionCombinations.withoutMyAddresses(global, command: "check")
    }

    func execute(environment: CLIEnvironment, output: OutputSink) async throws -> ExitStatus {
        let target = try AllowEntryParser.parse(address).get().range
        let context = try await CommandContext.make(global, environment: environment, output: output, command: "check")
        let rules = try await context.call("list rules") { () async throws(APIError) in
            try await context.service.listRules()
        }
        let coverage = RangeCoverage(target: target, rules: rules)
        let covering = coverage.covering
        let name = target.isSingleHost ? target.network.description : target.description
        let reason = rules.isEmpty ? "list_empty" : (covering.isEmpty ? "not_covered" : "covered")
        let allowed = reason != "not_covered"
        let scope = target.network.unmappingIPv4.scope
        if target.isSingleHost && scope != .public {
            context.note(
                "Note: \(name) is a \(scope.word) address: SendGrid never sees it as a caller, so whether a rule "
                    + "covers it does not decide anything. Check the public address your network uses instead.")
        }
        let shape = CheckShape(
            address: name, allowed: allowed, reason: reason, rules: covering.map(RuleShape.init),
            scope: scope.word, coverage: target.isSingleHost ? nil : CheckShape.Coverage(coverage))
        context.emit(shape) {
            switch reason {
            case "list_empty":
                return ["\(name) is allowed: the allow list is empty, so SendGrid accepts every address."]
            case "covered":
                let names = covering.map { "#\($0.id) \(Sanitizer.clean($0.ip, maxColumns: 45))" }
                return ["\(name) is allowed by \(names.joined(separator: ", "))."]
            default:
                return [Self.notAllowedLine(name: name, coverage: coverage, ruleCount: rules.count)]
            }
        }
        return allowed ? .success : .negative
    }
}

extension CheckCommand {
    /// Rules inside a range named one by one before the rest are counted.
    static let namedParts = 5

    /// "203.0.113.0/23 is NOT allowed: no rule covers all of it; #1 203.0.113.0/24 covers 256 of its 512
    /// addresses. …", or, with nothing inside, "none of the 15 rules covers it".
    static func notAllowedLine(name: String, coverage: RangeCoverage, ruleCount: Int) -> String {
        let fix = " Allow it with `sgaccess allow \(name)`."
        guard coverage.isPartial else {
            let rules = ruleCount == 1 ? "the only rule does not cover it" : "none of the \(ruleCount) rules covers it"
            return "\(name) is NOT allowed: \(rules)." + fix
        }
        let named = coverage.parts.prefix(namedParts).map {
            "#\($0.rule.id) \(Sanitizer.clean($0.rule.ip, maxColumns: 45))"
        }
        let rest = coverage.parts.count - named.count
        let of = "\(coverage.covered) of its \(coverage.total) addresses"
        let who: String
        if coverage.parts.count == 1 {
            who = "\(named[0]) covers \(of)"
        } else {
            let list = named.joined(separator: ", ") + (rest > 0 ? " and \(rest) more" : "")
            who = "\(list) cover \(of) together"
        }
        return "\(name) is NOT allowed: no rule covers all of it; \(who)." + fix
    }
}
