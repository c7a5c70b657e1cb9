import AccessCore
import ArgumentParser
import Foundation
import SendGridAPI
import TerminalKit

/// `sgaccess expire [--dry-run] [--as-of ISO] [--allow-lockout] [--yes]`: removes, in one bulk DELETE, the rules
/// whose expiry (`allow --expires`) has passed. Through the lockout guard: an expired rule that covers this host
/// or the operator is reported and kept (exit 3 when nothing else is left to remove), unless `--allow-lockout`.
/// Journalled as kind `expire`. Asks on a terminal; without one (cron, a systemd timer) it needs `--yes`.
/// `--as-of` judges expiry at another instant (previews and tests). JSON: `UndoShape` with `entry` null.
struct ExpireCommand: CLICommand {
    static let configuration = CommandConfiguration(
        commandName: "expire", abstract: "Remove the rules whose expiry has passed (for cron or a systemd timer).")

    @Flag(name: .customLong("dry-run"), help: "Show which rules have expired, without removing anything.")
    var dryRun = false

    @Option(
        name: .customLong("as-of"),
        help: "Judge expiry at this ISO 8601 time (2026-12-31T12:00:00Z) or date instead of now.")
    var asOf: String?

    @Flag(
        name: .customLong("allow-lockout"),
        help: "Also remove expired rules that cover this host or you, or go ahead while this host's address is unknown."
    )
    var allowLockout = false

    @Flag(name: .shortAndLong, help: "Do not ask for confirmation (required when standard input is not a terminal).")
    var yes = false

    @OptionGroup var global: GlobalOptions

    var wantsJSON: Bool { global.json }

    func validate() throws {
        if let asOf, ExpirySpec.instant(asOf) == nil {
            throw ValidationError(
                "--as-of '\(asOf.prefix(40))' is not an ISO 8601 time (2026-12-31T12:00:00Z) or a date (2026-12-31).")
        }
        if dryRun && yes {
            throw ValidationError("--yes does nothing with --dry-run, which never asks and never removes anything.")
        }
    }

    func execute(environment: CLIEnvironment, output: OutputSink) async throws -> ExitStatus {
        let context = try await CommandContext.make(global, environment: environment, output: output, command: "expire")
        let live = try await context.call("list rules") { () async throws(APIError) in
            try await context.service.listRules()
        }
        context.reconcileJournal(live: live)
        let instant = asOf.flatMap(ExpirySpec.instant) ?? context.clockDate
        let expired = try Self.expired(live, at: instant, context: context)
        guard !expired.isEmpty else {
            context.emit(UndoShape(entry: nil, dryRun: dryRun, readd: [], removed: [], skipped: [])) { [] }
            context.note("Nothing has expired as of \(ExpirySpec.format(instant)).")
            return .negative
        }
        let activity = await RecentActivity.read(context)
        let overrides = LockoutGuard.Overrides(allowLockout: allowLockout)
        func change(_ rules: [AllowRule]) -> GuardedChange {
            GuardedChange(
                context: context, adds: [], removes: rules, overrides: overrides, attempts: activity.attempts,
                activityProblem: activity.problem)
        }
        // An expired rule that is all that covers a protected address is held back, not removed.
        let held = Self.heldBack(expired, outcome: change(expired).judge(live))
        let removable = expired.filter { !held.contains($0) }
        for rule in held {
            context.note(
                "Kept #\(rule.id) \(rule.ip): it has expired, but removing it would lock out "
                    + "\(Self.covered(rule, context.myAddresses).joined(separator: ", ")); pass --allow-lockout to remove it anyway."
            )
        }
        var shape = UndoShape(
            entry: nil, dryRun: dryRun, readd: [], removed: removable.map(RuleShape.init),
            heldBack: held.map(RuleShape.init), skipped: [])
        guard !removable.isEmpty else {
            context.emit(shape) { [] }
            throw CLIError(
                .refused, "Refused: every expired rule covers this host or you; nothing was removed.",
                addresses: held.flatMap { Self.covered($0, context.myAddresses) })
        }
        let guarded = change(removable)
        let outcome = guarded.judge(live)
        shape.lockout = outcome.shape
        if dryRun {
            context.emit(shape) {
                ["Would remove \(removable.count) expired (dry run, nothing sent):"]
                    + RemoveCommand.table(removable).lines
                    + outcome.dryRunLines
            }
            return .success
        }
        let summary =
            "Remove the expired "
            + removable.map { "#\($0.id) \(Sanitizer.clean($0.ip, maxColumns: 45))" }
            .joined(separator: ", ")
        guard
            try await guarded.send(outcome: outcome, kind: .expire, program: "cli expire", summary: summary, yes: yes)
                != nil
        else {
            context.note("Nothing removed.")
            return .negative
        }
        let after = try await ChangeReadBack.read(context, after: "The removal of the expired rules")
        shape.after = after.map { AfterShape(count: $0.count) }
        context.emit(shape) {
            ["Removed \(removable.count) expired:"] + RemoveCommand.table(removable).lines + [
                ChangeReadBack.summary(after)
            ]
        }
        return .success
    }

    /// The live rules whose annotation has expired at `instant`, by id.
    static func expired(_ live: [AllowRule], at instant: Date, context: CommandContext) throws -> [AllowRule] {
        let annotations: [String: Annotation]
        do {
            annotations = try context.ledger.annotations()
        } catch {
            throw CLIError(.api, "The expiries could not be read. \(error.message)")
        }
        return live.filter { rule in
            rule.range.flatMap { annotations[$0.description] }?.isExpired(at: instant) ?? false
        }.sorted { $0.id < $1.id }
    }

    /// The expired rules that cover an address the guard says the removal would lock out.
    static func heldBack(_ expired: [AllowRule], outcome: LockoutGuard.Outcome) -> [AllowRule] {
        guard outcome.refusal != nil else { return [] }
        let affected = outcome.assessment.verdict.affectedAddresses
        return expired.filter { rule in rule.range.map { range in affected.contains(where: range.contains) } ?? false }
    }

    static func covered(_ rule: AllowRule, _ mine: [IPAddress]) -> [String] {
        guard let range = rule.range else { return [] }
        return mine.filter(range.contains).map(\.description)
    }
}
