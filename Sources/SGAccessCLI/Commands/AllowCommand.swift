import AccessCore
import ArgumentParser
import SendGridAPI
import TerminalKit

/// `sgaccess allow ADDR...`: adds rules in SendGrid's normalised form. Before the POST it skips entries already
/// on the list, refuses what would pass the 1000-rule cap (exit 3, with the numbers) and runs the lockout guard
/// (the first rule of an empty list switches enforcement on; a range wider than /16 or /48, or wider than it looks,
/// needs `--allow-wide`; a first rule also says who it would have refused in the last 24h). Right before the POST
/// it re-reads the list and sends only if the verdict still holds; after it, it reads the list back and reports what
/// it holds (a server that ignored the write is an API error, exit 4).
/// JSON: `AllowShape`.
struct AllowCommand: CLICommand {
    static let configuration = CommandConfiguration(
        commandName: "allow", abstract: "Add addresses or ranges to the allow list.")

    @Argument(help: "Addresses, CIDR ranges or trailing wildcards (203.0.113.*); commas also separate entries.")
    var entries: [String]

    @Flag(
        name: .customLong("allow-lockout"),
        help:
            "Go ahead even if the lockout guard says this host or you would be locked out, or this host's address is unknown."
    )
    var allowLockout = false

    @Flag(
        name: .customLong("allow-wide"),
        help: "Add ranges wider than /16 (IPv4) or /48 (IPv6), or wider than they look (252.79.32.70/0, *.*.*.*).")
    var allowWide = false

    @Flag(
        name: .customLong("dry-run"),
        help: "Show what would be added and the lockout guard's verdict, without changing anything.")
    var dryRun = false

    @Option(help: "A note kept with the rule in the local annotations store (SendGrid has no field for it).")
    var note: String?

    @Option(
        help:
            "When the rule should go: 30m, 2h, 7d, 2w, a date (2026-12-31) or an ISO 8601 time; `sgaccess expire` removes it then."
    )
    var expires: String?

    @OptionGroup var global: GlobalOptions

    var wantsJSON: Bool { global.json }

    func validate() throws {
        try asValidation { _ = try parsedEntries() }
    }

    /// Every entry parsed, in order; all parse errors reported at once.
    func parsedEntries() throws -> [AllowEntry] {
        let results = entries.flatMap { AllowEntryParser.parseList($0) }
        let errors = results.compactMap { if case .failure(let e) = $0 { e.message } else { nil } }
        guard errors.isEmpty else {
            throw CLIError.usage(
                errors.count == 1
                    ? errors[0] : "\(errors.count) entries are not valid:\n  " + errors.joined(separator: "\n  "))
        }
        let parsed = results.compactMap { try? $0.get() }
        guard !parsed.isEmpty else { throw CLIError.usage("Name at least one address or range to allow.") }
        return parsed
    }

    func execute(environment: CLIEnvironment, output: OutputSink) async throws -> ExitStatus {
        let parsed = try parsedEntries()
        if case .failure(let exceeded) = CapacityCheck.check(current: 0, adding: Set(parsed.map(\.range)).count) {
            throw CLIError(.refused, "Refused: " + exceeded.message)
        }
        let context = try await CommandContext.make(global, environment: environment, output: output, command: "allow")
        let rules = try await context.call("list rules") { () async throws(APIError) in
            try await context.service.listRules()
        }
        context.reconcileJournal(live: rules)
        let annotation = try wantedAnnotation(now: context.clockDate, by: context.actor(program: "cli allow"))
        let plan = AllowPlan(entries: parsed, rules: rules)
        let knowledge = context.knowledge
        for skipped in plan.skipped { context.note(skipped.note) }
        let annotated = try updateAnnotations(of: plan, to: annotation, context: context)
        guard !plan.toAdd.isEmpty else {
            if annotated { return .success }
            context.emit(
                plan.shape(added: [], dryRun: dryRun, lockout: .nothing("Nothing to add.", knowledge: knowledge))
            ) { [] }
            context.note("Nothing to do: every entry is already on the list.")
            return .negative
        }
        if case .failure(let exceeded) = CapacityCheck.check(current: rules.count, adding: plan.toAdd.count) {
            throw CLIError(.refused, "Refused: " + exceeded.message)
        }
        let now = environment.now()
        let overrides = LockoutGuard.Overrides(allowLockout: allowLockout, allowWide: allowWide)
        // A first rule switches enforcement on and refuses everyone it does not cover: say who, from the activity.
        let activity = rules.isEmpty ? await RecentActivity.read(context) : (attempts: [], problem: nil)
        let judge = { (list: [AllowRule]) in
            LockoutGuard.judge(
                GuardAssessment.assess(
                    index: CoverageIndex(rules: list), change: .add(plan.toAdd.map(\.range)),
                    knowledge: knowledge, attempts: activity.attempts, now: now, entries: plan.toAdd),
                knowledge: knowledge, overrides: overrides, readsActivity: rules.isEmpty,
                activityProblem: activity.problem)
        }
        let outcome = judge(rules)
        if dryRun {
            context.emit(plan.shape(added: [], dryRun: true, lockout: outcome.shape)) {
                ["Would add \(plan.toAdd.count) (dry run, nothing sent):"]
                    + plan.table(created: [], annotation: annotation, now: context.clockDate).lines
                    + outcome.dryRunLines
            }
            return .success
        }
        try outcome.enforce()
        outcome.warnings.forEach(context.note)
        let ips = plan.toAdd.map(\.range.description)
        guard
            let checked = try await ChangeRecheck.run(
                context: context, confirmed: outcome, askAgain: environment.stdinIsTerminal,
                question: "Add \(ips.joined(separator: ", ")) anyway?", judge: judge)
        else {
            context.note("Nothing added.")
            return .negative
        }
        let adds = plan.toAdd.map {
            JournalRule(ip: $0.range.description, note: annotation?.note, expires: annotation?.expires)
        }
        let change = JournalledChange.change(
            kind: .add, adds: adds, removes: [], outcome: checked, overrides: overrides.flags, context: context)
        let created = try await JournalledChange(context: context, program: "cli allow").send(change).created
        let after = try await ChangeReadBack.read(context, after: "The add of \(ips.joined(separator: ", "))")
        if let after, let ignored = ChangeReadBack.checkAdded(plan.toAdd.map(\.range), after: after) { throw ignored }
        var shape = plan.shape(added: created, dryRun: false, lockout: checked.shape)
        shape.after = after.map { AfterShape(count: $0.count) }
        context.emit(shape) {
            ["Added \(plan.toAdd.count):"]
                + plan.table(created: created, annotation: annotation, now: context.clockDate).lines + [
                    ChangeReadBack.summary(after)
                ]
        }
        return .success
    }
}
