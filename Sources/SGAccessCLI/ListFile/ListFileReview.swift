import AccessCore
import Foundation
import SendGridAPI

/// A file compared with the live list, as `plan` prints it and `apply` carries it out: the diff, the lockout
/// guard's verdict on the whole change (adds first, then removals judged on the list with the adds in it), who the
/// removals would have refused recently, and the cap (the adds must fit before anything is removed).
struct ListFileReview {
    let input: ListFileInput
    let live: [AllowRule]
    let annotations: [String: Annotation]
    let plan: ListPlan
    /// The guard's outcome; nil when nothing is added or removed (nothing to judge).
    let outcome: LockoutGuard.Outcome?
    let capacity: CapacityCheck.Exceeded?
    /// Judges the plan's adds and removals on a freshly read list (for `ChangeRecheck`).
    let judge: @Sendable ([AllowRule]) -> LockoutGuard.Outcome

    /// Whether anything would be sent to SendGrid (an annotation-only plan sends nothing).
    var changesList: Bool { !plan.adds.isEmpty || !plan.removes.isEmpty }

    /// The cap's or the guard's refusal, if any (exit 3).
    var refusal: CLIError? {
        if let capacity {
            return CLIError(
                .refused,
                "Refused: " + capacity.message
                    + " apply adds before it removes, so the list needs room for the new ranges first.")
        }
        return outcome?.refusal
    }

    /// Reads the live list, the notes, and (for a removal or a first rule) the activity, and judges the plan.
    static func make(
        _ input: ListFileInput, context: CommandContext, overrides: LockoutGuard.Overrides
    ) async throws -> ListFileReview {
        let live = try await context.call("list rules") { () async throws(APIError) in
            try await context.service.listRules()
        }
        let annotations = readAnnotations(context)
        let plan = ListPlan(document: input.document, live: live, annotations: annotations)
        let readsActivity = !plan.removes.isEmpty || (live.isEmpty && !plan.adds.isEmpty)
        let activity = readsActivity ? await RecentActivity.read(context) : (attempts: [], problem: nil)
        let knowledge = context.knowledge
        let now = context.environment.now()
        let judge: @Sendable ([AllowRule]) -> LockoutGuard.Outcome = { list in
            LockoutGuard.judge(
                plan.assessment(live: list, knowledge: knowledge, attempts: activity.attempts, now: now),
                knowledge: knowledge, overrides: overrides, readsActivity: readsActivity,
                activityProblem: activity.problem)
        }
        let changes = !plan.adds.isEmpty || !plan.removes.isEmpty
        let capacity: CapacityCheck.Exceeded?
        if case .failure(let exceeded) = CapacityCheck.check(current: live.count, adding: plan.adds.count) {
            capacity = exceeded
        } else {
            capacity = nil
        }
        return ListFileReview(
            input: input, live: live, annotations: annotations, plan: plan, outcome: changes ? judge(live) : nil,
            capacity: capacity, judge: judge)
    }

    /// The notes and expiries; when they cannot be read, none (and a warning: every note then shows as changed).
    static func readAnnotations(_ context: CommandContext) -> [String: Annotation] {
        do {
            return try context.ledger.annotations()
        } catch {
            context.note("Warning: \(error.message) Notes and expiries are compared as if there were none.")
            return [:]
        }
    }
}
