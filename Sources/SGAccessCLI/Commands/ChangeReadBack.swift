import AccessCore
import SendGridAPI

/// The list read back after a change, and whether it holds what SendGrid said it did: a server (or a proxy) that
/// answers success and ignores the write is reported as an API problem (exit 4), never as success.
enum ChangeReadBack {
    /// Reads the list after `change` ("The add of 192.0.2.0/24"); a failed read says that the change was sent.
    /// nil when SendGrid now refuses this host (403): the change, allowed by `--allow-lockout`, took this host's
    /// address off the list, so the list can no longer be read from here.
    static func read(_ context: CommandContext, after change: String) async throws -> [AllowRule]? {
        do {
            let result = try await context.service.listRules()
            return result.value
        } catch {
            if case .forbidden = error {
                context.logger.notice("read-back refused (403): this host is locked out by the change")
                return nil
            }
            let cliError = CLIError(error)
            context.logger.error("read-back failed: \(cliError.message)")
            throw CLIError(
                cliError.status,
                "\(change) was sent and SendGrid confirmed it, but the list could not be read back to check it: "
                    + cliError.message)
        }
    }

    /// nil when every added range is on the list read back; else the error naming the ranges that are not.
    static func checkAdded(_ ranges: [CIDR], after rules: [AllowRule]) -> CLIError? {
        let present = Set(rules.compactMap(\.range))
        let missing = ranges.filter { !present.contains($0) }
        guard !missing.isEmpty else { return nil }
        let names = missing.map(\.description).joined(separator: ", ")
        let it = missing.count == 1 ? "it" : "them"
        return CLIError(
            .api,
            "SendGrid answered that it added \(names), but the list read back afterwards does not hold \(it): "
                + "the server ignored the write. Run `sgaccess list` to see the list, and check --base-url.")
    }

    /// nil when none of the removed ids is on the list read back; else the error naming those that still are.
    static func checkRemoved(_ ids: [Int], after rules: [AllowRule]) -> CLIError? {
        let still = rules.filter { ids.contains($0.id) }.map(\.id).sorted()
        guard !still.isEmpty else { return nil }
        let names = still.map { "#\($0)" }.joined(separator: ", ")
        let it = still.count == 1 ? "it" : "them"
        return CLIError(
            .api,
            "SendGrid answered that it removed \(names), but the list read back afterwards still holds \(it): "
                + "the server ignored the write. Run `sgaccess list` to see the list, and check --base-url.")
    }

    /// What the list holds afterwards, in one sentence.
    static func summary(_ rules: [AllowRule]?) -> String {
        guard let rules else {
            return "The list could not be read back: SendGrid now refuses this host (403), "
                + "as the change took its address off the list."
        }
        switch rules.count {
        case 0: return "The list is now empty: SendGrid enforces nothing and accepts every address."
        case 1: return "The list now holds 1 rule (limit \(Limits.maxRules))."
        default: return "The list now holds \(rules.count) rules (limit \(Limits.maxRules))."
        }
    }
}
