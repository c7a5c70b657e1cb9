import AccessCore
import AccessLedger
import SendGridAPI
import TerminalKit

/// Sends a confirmed, re-checked plan: the journal's intent first (nothing is sent if it cannot be written), the
/// adds (one POST), the removals (one DELETE), the outcome, and the list read back. A failure part-way is
/// journalled as `partial` with exactly what landed and reported as such.
struct ApplySender {
    let context: CommandContext
    let review: ListFileReview
    let checked: LockoutGuard.Outcome
    let overrides: LockoutGuard.Overrides

    var plan: ListPlan { review.plan }

    func send() async throws -> ApplyResult {
        let recorder = context.recorder(program: "cli apply")
        let intent: JournalIntent
        do {
            intent = try recorder.begin(change)
        } catch {
            throw CLIError(.refused, "The change could not be journalled, so nothing was sent: " + error.message)
        }
        let created = try await sendAdds(recorder: recorder, intent: intent)
        let added = journalRules(created)
        if !plan.removes.isEmpty {
            try await sendRemovals(recorder: recorder, intent: intent, created: created)
        }
        let answer = "SendGrid added \(created.count) and removed \(plan.removes.count)."
        if let error = recorder.finish(
            intent, status: .succeeded, answer: answer, added: added, removedIDs: plan.removeIDs)
        {
            context.note("Warning: the change landed, but its outcome could not be journalled: \(error.message)")
        }
        let after = try await ChangeReadBack.read(context, after: "The apply of \(review.input.name)")
        if let after, let ignored = ChangeReadBack.checkAdded(plan.adds.map(\.range), after: after) { throw ignored }
        if let after, let ignored = ChangeReadBack.checkRemoved(plan.removeIDs, after: after) { throw ignored }
        return ApplyResult(
            created: created, removed: plan.removes, after: after, entry: intent.id, lockout: checked.shape)
    }

    /// What the journal's intent records, in the form every CLI change uses (`JournalledChange.change`).
    var change: ChangeRecorder.Change {
        JournalledChange.change(
            kind: .apply,
            adds: plan.adds.map { JournalRule(ip: $0.range.description, note: $0.note, expires: $0.expires) },
            removes: plan.removes.map { rule in
                JournalRule(
                    id: rule.id, ip: rule.ip, annotation: rule.range.flatMap { review.annotations[$0.description] })
            },
            outcome: checked, overrides: overrides.flags, context: context)
    }

    /// The added rules with the file's notes, for the journal.
    func journalRules(_ created: [AllowRule]) -> [JournalRule] {
        created.map { rule in
            let entry = plan.adds.first { $0.range == rule.range }
            return JournalRule(
                id: rule.id, ip: rule.range?.description ?? rule.ip, note: entry?.note, expires: entry?.expires)
        }
    }

    /// The POST; on failure nothing is removed. An add whose effect is uncertain stays "outcome unknown" in the
    /// journal (the next start reconciles it from the list); any other failure is journalled as failed.
    func sendAdds(recorder: ChangeRecorder, intent: JournalIntent) async throws -> [AllowRule] {
        guard !plan.adds.isEmpty else { return [] }
        let ips = plan.adds.map(\.range.description)
        var failure: APIError?
        do {
            return try await context.call("add rules") { () async throws(APIError) in
                do throws(APIError) {
                    return try await context.service.addRules(ips)
                } catch {
                    failure = error
                    throw error
                }
            }
        } catch let error as CLIError {
            let removals = plan.removes.isEmpty ? "" : " No rule was removed."
            if case .addUncertain? = failure {
                throw CLIError(
                    error.status,
                    error.message + removals + " The journal entry \(intent.id) is kept as \"outcome unknown\" "
                        + "until sgaccess reads the list again; run `sgaccess plan \(review.input.name)` to see what is left."
                )
            }
            recorder.finish(intent, status: .failed, answer: error.message)
            throw CLIError(error.status, "Nothing was changed: the add failed." + removals + " " + error.message)
        }
    }

    /// The DELETE; on failure the list is read again to say exactly which part landed.
    func sendRemovals(recorder: ChangeRecorder, intent: JournalIntent, created: [AllowRule]) async throws {
        let ids = plan.removeIDs
        do {
            _ = try await context.call("remove rules") { () async throws(APIError) in
                try await context.service.remove(ids: ids)
            }
        } catch let error as CLIError {
            let after = try? await context.service.listRules().value
            let removed = after.map { list in ids.filter { id in !list.contains { $0.id == id } } }
            if let removed {
                let status: JournalOutcome.Status =
                    created.isEmpty && removed.isEmpty ? .failed : removed.count == ids.count ? .succeeded : .partial
                recorder.finish(
                    intent, status: status, answer: error.message, added: journalRules(created), removedIDs: removed)
            }
            throw CLIError(error.status, partialMessage(created: created, removed: removed, cause: error.message))
        }
    }

    /// Exactly what landed when the removals failed.
    func partialMessage(created: [AllowRule], removed: [Int]?, cause: String) -> String {
        let added =
            created.isEmpty
            ? ""
            : "The adds landed: "
                + created.map { "#\($0.id) \(Sanitizer.clean($0.ip, maxColumns: 45))" }
                .joined(separator: ", ") + ". "
        let names = { (ids: [Int]) in ids.map { "#\($0)" }.joined(separator: ", ") }
        let removals: String
        switch removed {
        case nil:
            removals =
                "The removal of \(names(plan.removeIDs)) failed and the list could not be read to see whether "
                + "any went; the journal entry stays \"outcome unknown\" until sgaccess reads it again. "
        case let removed? where removed.isEmpty:
            removals = "The removal of \(names(plan.removeIDs)) failed: no rule was removed. "
        case let removed?:
            removals =
                "The removal failed part-way: \(names(removed)) went, "
                + "\(names(plan.removeIDs.filter { !removed.contains($0) })) are still on the list. "
        }
        return added + removals + cause + " Run `sgaccess plan \(review.input.name)` to see what is left."
    }
}
