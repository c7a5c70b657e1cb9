import AccessCore
import AccessLedger
import Foundation
import SendGridAPI

/// One change sent to SendGrid with its journal entry around it: the intent is written (and flushed) before the
/// first request, and the outcome after the last answer. Adds go before removes, so that a replacement never
/// passes through a moment with this host uncovered; when the second step fails after the first landed, the
/// outcome is `partial` and says exactly which part landed. `allow`, `remove`, `undo`, `expire` and `apply` send
/// their changes through here.
///
/// A journal that cannot be written refuses the change before anything is sent (exit 3, "…; nothing was sent").
struct JournalledChange {
    let context: CommandContext
    let recorder: ChangeRecorder

    /// What landed: the rules SendGrid created, and the ids it removed.
    struct Landed {
        var created: [AllowRule] = []
        var removedIDs: [Int] = []
    }

    init(context: CommandContext, program: String) {
        self.context = context
        self.recorder = context.recorder(program: program)
    }

    /// The change as the journal records it; `adds` carry their notes and expiries, `removes` their ids and the
    /// notes the annotations store held for them.
    static func change(
        kind: JournalKind, adds: [JournalRule], removes: [JournalRule], outcome: LockoutGuard.Outcome,
        overrides: [String], context: CommandContext, undoes: String? = nil
    ) -> ChangeRecorder.Change {
        ChangeRecorder.Change(
            kind: kind, adds: adds, removes: removes, verdict: verdict(outcome), overrides: overrides,
            undoes: undoes, requests: requests(adds: adds, removes: removes),
            hostAddresses: context.myAddresses.map(\.description))
    }

    /// The guard's verdict in one sentence, as the journal keeps it.
    static func verdict(_ outcome: LockoutGuard.Outcome) -> String {
        outcome.shape.sentences.isEmpty
            ? outcome.assessment.verdict.message : outcome.shape.sentences.joined(separator: " ")
    }

    /// The requests as SendGrid receives them, one per step.
    static func requests(adds: [JournalRule], removes: [JournalRule]) -> [String] {
        var requests: [String] = []
        if !adds.isEmpty {
            let ips = adds.map { #"{"ip":"\#($0.ip)"}"# }.joined(separator: ",")
            requests.append(#"POST /v3/access_settings/whitelist {"ips":[\#(ips)]}"#)
        }
        let ids = removes.compactMap(\.id)
        if !ids.isEmpty {
            requests.append(
                #"DELETE /v3/access_settings/whitelist {"ids":[\#(ids.map(String.init).joined(separator: ","))]}"#)
        }
        return requests
    }

    /// Journals the intent, sends the adds then the removal, and journals the outcome. An API error is thrown
    /// after its outcome is journalled (read off the list when the list can still be read, else left "outcome
    /// unknown" for the next start to reconcile).
    func send(_ change: ChangeRecorder.Change) async throws -> Landed {
        let intent: JournalIntent
        do {
            intent = try recorder.begin(change)
        } catch {
            throw CLIError(.refused, "Refused: the change could not be journalled. \(error.message) Nothing was sent.")
        }
        var landed = Landed()
        do {
            if !change.adds.isEmpty {
                let ips = change.adds.map(\.ip)
                landed.created = try await context.call("add rules") { () async throws(APIError) in
                    try await context.service.addRules(ips)
                }
            }
            let ids = change.removes.compactMap(\.id)
            if !ids.isEmpty {
                _ = try await context.call("remove rules") { () async throws(APIError) in
                    try await context.service.remove(ids: ids)
                }
                landed.removedIDs = ids
            }
        } catch {
            await recordFailure(intent, landed: landed, error: error)
            throw error
        }
        let added = change.adds.map { add in
            JournalRule(
                id: landed.created.first { $0.range == add.range }?.id, ip: add.ip, note: add.note,
                expires: add.expires)
        }
        warnIfUnrecorded(
            recorder.finish(
                intent, status: .succeeded, answer: "SendGrid confirmed the change.", added: added,
                removedIDs: landed.removedIDs))
        return landed
    }

    /// After a failed step: what landed is read off the list when it can be read (a POST that timed out may have
    /// landed); otherwise the entry stays "outcome unknown" and the next command reconciles it.
    private func recordFailure(_ intent: JournalIntent, landed: Landed, error: Error) async {
        let message = (error as? CLIError)?.message ?? String(describing: error)
        guard let live = try? await context.service.listRules().value else {
            context.note(
                "The outcome of journal entry \(intent.id) is unknown (the list could not be read after the failure); "
                    + "the next sgaccess command that reads the list reconciles it.")
            return
        }
        let read = JournalReconciler.reconcile(intent, live: live, now: context.clockDate)
        let answer = "SendGrid answered: \(message) Read off the list afterwards: \(read.status.rawValue)."
        warnIfUnrecorded(
            recorder.finish(intent, status: read.status, answer: answer, added: read.added, removedIDs: read.removedIDs)
        )
        if read.status == .partial { context.note(Self.partialSentence(intent, read)) }
    }

    static func partialSentence(_ intent: JournalIntent, _ read: JournalOutcome) -> String {
        let added = read.added.map(\.ip)
        let removed = read.removedIDs.map { "#\($0)" }
        return "Part of the change landed: added \(added.isEmpty ? "nothing" : added.joined(separator: ", ")); "
            + "removed \(removed.isEmpty ? "nothing" : removed.joined(separator: ", ")) (journal entry \(intent.id))."
    }

    private func warnIfUnrecorded(_ error: LedgerError?) {
        guard let error else { return }
        context.note(
            "Warning: the change was sent, but its outcome could not be journalled: \(error.message) "
                + "The next sgaccess command that reads the list reconciles it.")
    }
}

extension LockoutGuard.Overrides {
    /// The overrides given, as the journal records them.
    var flags: [String] { (allowLockout ? ["--allow-lockout"] : []) + (allowWide ? ["--allow-wide"] : []) }
}
