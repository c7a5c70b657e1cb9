import AccessCore
import ArgumentParser
import Foundation
import SendGridAPI
import TerminalKit

/// `sgaccess undo [ENTRY]`: puts back what a journal entry changed (the newest one not undone yet by default):
/// re-adds the ranges it removed, with their notes and expiries, and removes the rules it added. Through the
/// lockout guard and the rule cap like `allow`/`remove`; confirmation on a terminal, `--yes` otherwise;
/// `--dry-run` shows the plan. Journalled as kind `undo` with `undoes`. Works across restarts: it reads the
/// journal, not memory. JSON: `UndoShape`.
struct UndoCommand: CLICommand {
    static let configuration = CommandConfiguration(
        commandName: "undo", abstract: "Put back what a journal entry changed (the newest by default).")

    @Argument(help: "The journal entry's id, or a unique prefix of it (see `sgaccess journal`).")
    var entry: String?

    @Flag(name: .shortAndLong, help: "Do not ask for confirmation (required when standard input is not a terminal).")
    var yes = false

    @Flag(
        name: .customLong("allow-lockout"),
        help: "Go ahead even if the lockout guard says this host or you would be locked out.")
    var allowLockout = false

    @Flag(name: .customLong("dry-run"), help: "Show what the undo would do, without changing anything.")
    var dryRun = false

    @OptionGroup var global: GlobalOptions

    var wantsJSON: Bool { global.json }

    func validate() throws {
        if dryRun && yes {
            throw ValidationError("--yes does nothing with --dry-run, which never asks and never changes anything.")
        }
    }

    func execute(environment: CLIEnvironment, output: OutputSink) async throws -> ExitStatus {
        let context = try await CommandContext.make(global, environment: environment, output: output, command: "undo")
        let live = try await context.call("list rules") { () async throws(APIError) in
            try await context.service.listRules()
        }
        context.reconcileJournal(live: live)
        let plan = try Self.plan(entry, context: context, live: live)
        plan.skipped.forEach { context.note("Skipped: " + $0) }
        guard !plan.isEmpty else {
            context.note("Nothing to undo for entry \(plan.entry): the list already is as before it.")
            return .negative
        }
        if case .failure(let exceeded) = CapacityCheck.check(current: live.count, adding: plan.readd.count) {
            throw CLIError(.refused, "Refused: " + exceeded.message)
        }
        let activity = plan.remove.isEmpty ? (attempts: [], problem: nil) : await RecentActivity.read(context)
        let change = GuardedChange(
            context: context, adds: plan.readd, removes: plan.remove,
            overrides: LockoutGuard.Overrides(allowLockout: allowLockout), attempts: activity.attempts,
            activityProblem: activity.problem)
        let outcome = change.judge(live)
        var shape = UndoShape(
            entry: plan.entry, dryRun: dryRun, readd: plan.readd, removed: plan.remove.map(RuleShape.init),
            skipped: plan.skipped, lockout: outcome.shape)
        if dryRun {
            context.emit(shape) {
                ["Undo of entry \(plan.entry) (dry run, nothing sent):"] + Self.lines(plan) + outcome.dryRunLines
            }
            return .success
        }
        guard
            try await change.send(
                outcome: outcome, kind: .undo, undoes: plan.entry, program: "cli undo",
                summary: "Undo entry \(plan.entry): " + Self.summary(plan), yes: yes) != nil
        else {
            context.note("Nothing changed.")
            return .negative
        }
        let after = try await ChangeReadBack.read(context, after: "The undo of entry \(plan.entry)")
        shape.after = after.map { AfterShape(count: $0.count) }
        context.emit(shape) { ["Undid entry \(plan.entry):"] + Self.lines(plan) + [ChangeReadBack.summary(after)] }
        return .success
    }

    /// The entry named (or the newest) planned against `live`; a refusal as the fitting error.
    static func plan(_ entry: String?, context: CommandContext, live: [AllowRule]) throws -> UndoPlan {
        let records: [JournalRecord]
        do {
            records = try context.ledger.journal().records
        } catch {
            throw CLIError(.api, "The journal could not be read. \(error.message)")
        }
        let found: Result<JournalRecord, UndoRefusal>
        if let entry {
            found = UndoPlanner.find(entry, in: records)
        } else if let latest = UndoPlanner.latest(in: records) {
            found = .success(latest)
        } else {
            found = .failure(.nothingToUndo)
        }
        switch found.flatMap({ UndoPlanner.plan($0, records: records, live: live) }) {
        case .success(let plan): return plan
        case .failure(let refusal):
            switch refusal {
            case .unknownEntry, .ambiguous: throw CLIError.usage(refusal.message)
            default: throw CLIError(.negative, refusal.message)
            }
        }
    }

    static func summary(_ plan: UndoPlan) -> String {
        var parts: [String] = []
        if !plan.readd.isEmpty { parts.append("re-add " + plan.readd.map(\.ip).joined(separator: ", ")) }
        if !plan.remove.isEmpty {
            parts.append(
                "remove "
                    + plan.remove.map { "#\($0.id) \(Sanitizer.clean($0.ip, maxColumns: 45))" }.joined(separator: ", "))
        }
        return parts.joined(separator: ", then ")
    }

    static func lines(_ plan: UndoPlan) -> [String] {
        plan.readd.map {
            "  re-add \($0.ip)\($0.note.map { " (note: \($0))" } ?? "")\($0.expires.map { " expires \(ExpirySpec.format($0))" } ?? "")"
        }
            + plan.remove.map { "  remove #\($0.id) \($0.ip)" }
    }
}
