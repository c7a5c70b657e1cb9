import AccessCore
import ArgumentParser
import SendGridAPI
import TerminalKit

/// `sgaccess remove ID|ADDR...`: removes rules by id, or by range (every rule whose normalised CIDR equals it).
/// Runs the lockout guard first (and says who the removal would have refused in the last 24h); asks for
/// confirmation on a terminal and needs `--yes` otherwise; re-reads the list right before the DELETE and sends it
/// only if the guard's verdict still holds (`ChangeRecheck`), and reads it back afterwards (`ChangeReadBack`).
/// `--dry-run` prints the guard's verdict, exit 0.
/// JSON: `RemoveShape`.
struct RemoveCommand: CLICommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove rules by id or by address/range.")

    @Argument(help: "Rule ids (16 or #16, see `sgaccess list`) or addresses/ranges equal to a rule's range.")
    var targets: [String]

    @Flag(name: .shortAndLong, help: "Do not ask for confirmation (required when standard input is not a terminal).")
    var yes = false

    @Flag(
        name: .customLong("allow-lockout"),
        help:
            "Go ahead even if the lockout guard says this host or you would be locked out, or this host's address is unknown."
    )
    var allowLockout = false

    @Flag(
        name: .customLong("dry-run"),
        help: "Show what would be removed and the lockout guard's verdict, without changing anything.")
    var dryRun = false

    @OptionGroup var global: GlobalOptions

    var wantsJSON: Bool { global.json }

    enum Target: Hashable {
        case id(Int)
        case range(CIDR, input: String)
    }

    func validate() throws {
        try asValidation { _ = try parsedTargets() }
        try OptionCombinations.remove(dryRun: dryRun, yes: yes)
    }

    func parsedTargets() throws -> [Target] {
        let pieces = targets.flatMap(AllowEntryParser.splitEntries)
        guard !pieces.isEmpty else { throw CLIError.usage("Name at least one rule id or range to remove.") }
        return try pieces.map { piece in
            // Every output prints ids as "#16"; that form is accepted too.
            let digits = piece.hasPrefix("#") ? String(piece.dropFirst()) : piece
            if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
                guard let id = Int(digits), id > 0 else {
                    throw CLIError.usage("'\(Sanitizer.clean(piece, maxColumns: 60))' is not a valid rule id.")
                }
                return .id(id)
            }
            if piece.hasPrefix("#") {
                throw CLIError.usage(
                    "'\(Sanitizer.clean(piece, maxColumns: 60))' is not a rule id: write #16 or 16 (see `sgaccess list`)."
                )
            }
            switch AllowEntryParser.parse(piece) {
            case .success(let entry): return .range(entry.range, input: piece)
            case .failure(let error):
                throw CLIError.usage(
                    "'\(Sanitizer.clean(piece, maxColumns: 60))' is neither a rule id nor a range: \(error.message)")
            }
        }
    }

    func execute(environment: CLIEnvironment, output: OutputSink) async throws -> ExitStatus {
        let parsed = try parsedTargets()
        let context = try await CommandContext.make(global, environment: environment, output: output, command: "remove")
        let knowledge = context.knowledge
        let rules = try await context.call("list rules") { () async throws(APIError) in
            try await context.service.listRules()
        }
        context.reconcileJournal(live: rules)
        let (chosen, notFound) = Self.resolve(parsed, in: rules)
        for missing in notFound { context.note("\(missing): no such rule on the list; nothing to remove for it.") }
        guard !chosen.isEmpty else {
            context.emit(
                RemoveShape(
                    dryRun: dryRun, removed: [], notFound: notFound,
                    lockout: .nothing("Nothing to remove.", knowledge: knowledge))
            ) { [] }
            context.note("Nothing to do: no rule matched. Run `sgaccess list` to see the rules.")
            return .negative
        }
        let ids = chosen.map(\.id)
        let activity = await RecentActivity.read(context)
        let now = environment.now()
        let overrides = LockoutGuard.Overrides(allowLockout: allowLockout)
        let judge = { (list: [AllowRule]) in
            LockoutGuard.judge(
                GuardAssessment.assess(
                    index: CoverageIndex(rules: list), change: .remove(ids: ids), knowledge: knowledge,
                    attempts: activity.attempts, now: now),
                knowledge: knowledge, overrides: overrides, readsActivity: true, activityProblem: activity.problem)
        }
        let outcome = judge(rules)
        if dryRun {
            context.emit(
                RemoveShape(
                    dryRun: true, removed: chosen.map(RuleShape.init), notFound: notFound, lockout: outcome.shape)
            ) {
                ["Would remove \(chosen.count) (dry run, nothing sent):"] + Self.table(chosen).lines
                    + outcome.dryRunLines
            }
            return .success
        }
        try outcome.enforce()
        outcome.warnings.forEach(context.note)
        let summary = chosen.map { "#\($0.id) \(Sanitizer.clean($0.ip, maxColumns: 45))" }.joined(separator: ", ")
        if !yes {
            guard environment.stdinIsTerminal else {
                throw CLIError.usage(
                    "Refusing to remove \(summary) without confirmation: standard input is not a terminal. Re-run with --yes."
                )
            }
            guard await environment.confirm("Remove \(summary)?") else {
                context.note("Nothing removed.")
                return .negative
            }
        }
        guard
            let checked = try await ChangeRecheck.run(
                context: context, confirmed: outcome, askAgain: environment.stdinIsTerminal && !yes,
                question: "Remove \(summary) anyway?", judge: judge)
        else {
            context.note("Nothing removed.")
            return .negative
        }
        let removes = try context.journalRules(chosen)
        let change = JournalledChange.change(
            kind: .remove, adds: [], removes: removes, outcome: checked, overrides: overrides.flags, context: context)
        _ = try await JournalledChange(context: context, program: "cli remove").send(change)
        let after = try await ChangeReadBack.read(context, after: "The removal of \(summary)")
        if let after, let ignored = ChangeReadBack.checkRemoved(ids, after: after) { throw ignored }
        var shape = RemoveShape(
            dryRun: false, removed: chosen.map(RuleShape.init), notFound: notFound, lockout: checked.shape)
        shape.after = after.map { AfterShape(count: $0.count) }
        context.emit(shape) {
            ["Removed \(chosen.count):"] + Self.table(chosen).lines + [ChangeReadBack.summary(after)]
        }
        return .success
    }

    /// The rules the targets name, in list order without repeats, and the targets that name nothing.
    static func resolve(_ targets: [Target], in rules: [AllowRule]) -> (rules: [AllowRule], notFound: [String]) {
        var wanted = Set<Int>()
        var notFound: [String] = []
        for target in targets {
            let matches: [AllowRule]
            switch target {
            case .id(let id):
                matches = rules.filter { $0.id == id }
                if matches.isEmpty { notFound.append("#\(id)") }
            case .range(let range, let input):
                matches = rules.filter { $0.range == range }
                if matches.isEmpty { notFound.append(Sanitizer.clean(input, maxColumns: 60)) }
            }
            wanted.formUnion(matches.map(\.id))
        }
        return (rules.filter { wanted.contains($0.id) }.sorted { $0.id < $1.id }, notFound)
    }

    static func table(_ rules: [AllowRule]) -> TextTable {
        var table = TextTable(columns: [
            .init("ID", rightAligned: true), .init("RULE", maxColumns: 45), .init("ADDRESSES", rightAligned: true),
        ])
        for rule in rules { table.append(["\(rule.id)", rule.ip, rule.range?.sizeDescription ?? "invalid"]) }
        return table
    }
}
