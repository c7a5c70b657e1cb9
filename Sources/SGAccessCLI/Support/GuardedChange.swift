import AccessCore
import Foundation

/// A change made of re-adds and removals (`undo`, `expire`), judged by the lockout guard as one change, then
/// confirmed (on a terminal, unless `--yes`; `--yes` is required otherwise), re-checked against a fresh list and
/// sent through `JournalledChange` (adds first). `allow` and `remove` keep their own flows; this is theirs in one.
struct GuardedChange {
    let context: CommandContext
    /// Ranges to add, with the notes and expiries they get back.
    let adds: [JournalRule]
    /// Rules to remove.
    let removes: [AllowRule]
    let overrides: LockoutGuard.Overrides
    let attempts: [AccessAttempt]
    let activityProblem: String?

    var removeIDs: [Int] { removes.map(\.id) }

    /// The change as the guard sees it on `list`: a plain add or removal, or the list it leaves when it does both.
    func proposed(on list: [AllowRule]) -> ProposedChange {
        let ranges = adds.compactMap(\.range)
        if removes.isEmpty { return .add(ranges) }
        if adds.isEmpty { return .remove(ids: removeIDs) }
        let gone = Set(removeIDs)
        return .replaceAll(list.filter { !gone.contains($0.id) }.compactMap(\.range) + ranges)
    }

    /// The guard's outcome on `list`.
    func judge(_ list: [AllowRule]) -> LockoutGuard.Outcome {
        let knowledge = context.knowledge
        return LockoutGuard.judge(
            GuardAssessment.assess(
                index: CoverageIndex(rules: list), change: proposed(on: list), knowledge: knowledge,
                attempts: attempts, now: context.environment.now()),
            knowledge: knowledge, overrides: overrides, readsActivity: !removes.isEmpty,
            activityProblem: activityProblem)
    }

    /// Refusal (exit 3), confirmation, re-check and the journalled send. nil when the operator declined.
    /// - Parameters:
    ///   - summary: what the confirmation names ("Undo entry 3f9a01bc: re-add 203.0.113.0/24").
    ///   - yes: `--yes` was given.
    func send(
        outcome: LockoutGuard.Outcome, kind: JournalKind, undoes: String? = nil, program: String, summary: String,
        yes: Bool
    ) async throws -> JournalledChange.Landed? {
        try outcome.enforce()
        outcome.warnings.forEach(context.note)
        let terminal = context.environment.stdinIsTerminal
        if !yes {
            guard terminal else {
                throw CLIError.usage(
                    "Refusing to go ahead without confirmation (\(summary)): standard input is not a terminal. "
                        + "Re-run with --yes.")
            }
            guard await context.environment.confirm("\(summary)?") else { return nil }
        }
        guard
            let checked = try await ChangeRecheck.run(
                context: context, confirmed: outcome, askAgain: terminal && !yes, question: "\(summary) anyway?",
                judge: judge)
        else { return nil }
        let change = JournalledChange.change(
            kind: kind, adds: adds, removes: try context.journalRules(removes), outcome: checked,
            overrides: overrides.flags, context: context, undoes: undoes)
        return try await JournalledChange(context: context, program: program).send(change)
    }
}
