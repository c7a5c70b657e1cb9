import AccessCore
import ArgumentParser
import SendGridAPI

/// `sgaccess activity [--limit N] [--blocked]`: recent access attempts with what they mean now
/// (blocked, now allowed by #id, allowed, no longer allowed). JSON: `ActivityShape`.
struct ActivityCommand: CLICommand {
    static let configuration = CommandConfiguration(
        commandName: "activity", abstract: "Show recent access attempts and whether each is allowed now.")

    @Option(help: "How many attempts to ask SendGrid for (1–1000).")
    var limit: Int = 20

    @Flag(help: "Show only attempts that were blocked.")
    var blocked = false

    @Flag(help: "List the dismissed addresses (triaged in the app as known, not to be allowed) instead.")
    var dismissed = false

    @OptionGroup var global: GlobalOptions

    var wantsJSON: Bool { global.json }

    func validate() throws {
        guard (1...1000).contains(limit) else {
            throw ValidationError("--limit must be between 1 and 1000 (got \(limit)).")
        }
        try OptionCombinations.withoutMyAddresses(global, command: "activity")
    }

    func execute(environment: CLIEnvironment, output: OutputSink) async throws -> ExitStatus {
        let context = try await CommandContext.make(
            global, environment: environment, output: output, command: "activity")
        if dismissed { return try listDismissals(context) }
        let attempts = try await context.call("activity") { () async throws(APIError) in
            try await context.service.activity(limit: limit)
        }
        let rules = try await context.call("list rules") { () async throws(APIError) in
            try await context.service.listRules()
        }
        let triaged = Triage.triage(attempts, index: CoverageIndex(rules: rules))
            .filter { !blocked || !$0.attempt.allowed }
            .sorted { $0.attempt.lastAt > $1.attempt.lastAt }
        let shape = ActivityShape(count: triaged.count, attempts: triaged.map(Self.shape))
        context.emit(shape) {
            guard !triaged.isEmpty else {
                return [
                    blocked
                        ? "No blocked attempts in the last \(attempts.count) recorded." : "No access attempts recorded."
                ]
            }
            var table = TextTable(columns: [
                .init("IP", maxColumns: 39), .init("STATUS"), .init("LOCATION", maxColumns: 32),
                .init("AUTH", maxColumns: 12), .init("FIRST SEEN"), .init("LAST SEEN"),
            ])
            for item in triaged {
                table.append([
                    item.attempt.ip, Self.label(item.status), item.attempt.location, item.attempt.authMethod,
                    Timestamp.utc(item.attempt.firstAt), Timestamp.utc(item.attempt.lastAt),
                ])
            }
            return table.lines
        }
        return .success
    }

    static func label(_ status: AttemptStatus) -> String {
        switch status {
        case .blocked: return "blocked"
        case .allowedSince(let id): return "now allowed by #\(id)"
        case .allowed: return "allowed"
        case .noLongerAllowed: return "no longer allowed"
        case .unknown(let allowedThen): return allowedThen ? "? allowed at the time" : "? refused at the time"
        }
    }

    static func shape(_ item: TriagedAttempt) -> ActivityShape.Attempt {
        let status: String
        var ruleID = item.coveringRuleIDs.first
        switch item.status {
        case .blocked: status = "blocked"; ruleID = nil
        case .allowedSince(let id): status = "allowed_since"; ruleID = id
        case .allowed: status = "allowed"
        case .noLongerAllowed: status = "no_longer_allowed"; ruleID = nil
        case .unknown: status = "unknown"; ruleID = nil
        }
        let a = item.attempt
        return ActivityShape.Attempt(
            ip: a.ip, allowed: a.allowed, status: status, ruleID: ruleID, coveringRuleIDs: item.coveringRuleIDs,
            authMethod: a.authMethod, location: a.location, firstAt: a.firstAt, lastAt: a.lastAt)
    }
}
