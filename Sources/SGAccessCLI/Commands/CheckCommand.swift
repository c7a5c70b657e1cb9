import AccessCore
import ArgumentParser
import SendGridAPI
import TerminalKit

/// `sgaccess check ADDR`: exit 0 when SendGrid would allow ADDR (naming the covering rule), 1 when not.
/// ADDR may also be a range: it is allowed when one rule covers all of it. A private, loopback or link-local
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
    }

    func execute(environment: CLIEnvironment, output: OutputSink) async throws -> ExitStatus {
        let target = try AllowEntryParser.parse(address).get().range
        let context = try await CommandContext.make(global, environment: environment, output: output, command: "check")
        let rules = try await context.call("list rules") { () async throws(APIError) in
            try await context.service.listRules()
        }
        let covering = rules.filter { $0.range?.contains(target) == true }
            .sorted { ($0.range!.prefixLength, -$0.id) > ($1.range!.prefixLength, -$1.id) }
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
            scope: scope.word)
        context.emit(shape) {
            switch reason {
            case "list_empty":
                return ["\(name) is allowed: the allow list is empty, so SendGrid accepts every address."]
            case "covered":
                let names = covering.map { "#\($0.id) \(Sanitizer.clean($0.ip, maxColumns: 45))" }
                return ["\(name) is allowed by \(names.joined(separator: ", "))."]
            default:
                return [
                    "\(name) is NOT allowed: none of the \(rules.count) rules covers it. Allow it with `sgaccess allow \(name)`."
                ]
            }
        }
        return allowed ? .success : .negative
    }
}
