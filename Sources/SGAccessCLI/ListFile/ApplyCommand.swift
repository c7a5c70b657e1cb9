import AccessCore
import ArgumentParser
import Foundation

/// `sgaccess apply FILE`: makes the live list match an allow-list file (see `plan`). Refuses what `plan` says the
/// guard or the cap would refuse (exit 3); asks on a terminal (typing the address when the guard flags the change)
/// and needs `--yes` otherwise; re-reads the list right before sending and goes ahead only if the verdict holds
/// (`ChangeRecheck`); journals the change (kind `apply`) before the first request; sends the adds first (one
/// POST), then the removals (one DELETE), so a replacement never leaves this host uncovered in between; reads the
/// list back; and sets the file's notes and expiries, also of rules that stay. A failure part-way says exactly
/// what landed. Exit 0 also when the list already matches (nothing sent).
/// JSON: `ApplyShape`.
struct ApplyCommand: CLICommand {
    static let configuration = CommandConfiguration(
        commandName: "apply", abstract: "Make the allow list match a file (`sgaccess plan FILE` shows what changes).")

    @Argument(help: "The allow-list file (`sgaccess export` writes one), or - for standard input.")
    var file: String

    @Flag(name: .shortAndLong, help: "Do not ask for confirmation (required when standard input is not a terminal).")
    var yes = false

    @Flag(name: .customLong("dry-run"), help: "Show the plan and the guard's verdict, without changing anything.")
    var dryRun = false

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

    @OptionGroup var global: GlobalOptions

    var wantsJSON: Bool { global.json }

    var overrides: LockoutGuard.Overrides { .init(allowLockout: allowLockout, allowWide: allowWide) }

    func validate() throws {
        if dryRun && yes {
            throw ValidationError("--yes does nothing with --dry-run, which never asks and never changes anything.")
        }
    }

    func execute(environment: CLIEnvironment, output: OutputSink) async throws -> ExitStatus {
        let input = try ListFileInput.read(file, environment: environment)
        let context = try await CommandContext.make(global, environment: environment, output: output, command: "apply")
        let review = try await ListFileReview.make(input, context: context, overrides: overrides)
        review.notes.forEach(context.note)
        let planShape = PlanShape(review, knowledge: context.knowledge)
        if review.plan.isEmpty || dryRun {
            context.emit(ApplyShape(dryRun: dryRun, plan: planShape)) {
                (dryRun ? ["Dry run, nothing sent."] : []) + review.lines
            }
            return .success
        }
        if let refusal = review.refusal { throw refusal }
        review.outcome?.warnings.forEach(context.note)
        guard try await confirmed(review, context: context) else {
            context.note("Nothing changed.")
            return .negative
        }
        var result = ApplyResult()
        if let confirmed = review.outcome {
            guard
                let checked = try await ChangeRecheck.run(
                    context: context, confirmed: confirmed, askAgain: environment.stdinIsTerminal && !yes,
                    question: "Apply \(review.summary) anyway?", judge: review.judge)
            else {
                context.note("Nothing changed.")
                return .negative
            }
            result = try await ApplySender(context: context, review: review, checked: checked, overrides: overrides)
                .send()
        }
        result.annotationsUpdated = saveAnnotations(review, context: context)
        var shape = ApplyShape(dryRun: false, plan: planShape)
        shape.record(result)
        context.emit(shape) { result.lines(review) }
        return .success
    }

    /// Sets the file's notes and expiries on every range of the file (the recorder did those of the adds already);
    /// returns how many changed. A failure is a warning: the list itself has changed.
    func saveAnnotations(_ review: ListFileReview, context: CommandContext) -> Int {
        let now = Date(timeIntervalSince1970: TimeInterval(context.environment.now()))
        let by = context.actor(program: "cli apply").signature
        var changed = 0
        do {
            try context.ledger.updateAnnotations { annotations in
                let updated = review.plan.annotated(annotations, document: review.input.document, now: now, by: by)
                changed = review.plan.annotationChanges.count
                annotations = updated
            }
        } catch {
            context.note("Warning: the notes and expiries of \(review.input.name) could not be saved: \(error.message)")
        }
        return changed
    }
}
