import AccessCore
import AccessLedger
import Foundation

extension CommandContext {
    /// The records of `target`: the environment's store, else files in the state folder, else memory.
    static func ledger(for target: AccountTarget, environment: CLIEnvironment) -> any LedgerStore {
        let account = LedgerAccount(target)
        if let make = environment.makeLedger { return make(account) }
        return FileLedger.inStateFolder(variables: environment.variables, account: account)
            ?? MemoryLedger(account: account)
    }

    /// True when the records last only as long as this command (no `HOME`, no `XDG_STATE_HOME`).
    var ledgerIsEphemeral: Bool { ledger is MemoryLedger && environment.makeLedger == nil }

    /// Who is acting, for the journal: `USER`@host, the SSH client address and `program` ("cli allow").
    func actor(program: String) -> JournalActor {
        var actor = JournalActor(variables: environment.variables, hostName: environment.hostName, program: program)
        actor.user = actor.user ?? environment.userName
        return actor
    }

    /// The journal's writer for one command.
    func recorder(program: String) -> ChangeRecorder {
        let now = environment.now
        return ChangeRecorder(
            store: ledger, actor: actor(program: program), clock: { Date(timeIntervalSince1970: TimeInterval(now())) })
    }
}

extension CommandContext {
    /// The environment's clock as a `Date`.
    var clockDate: Date { Date(timeIntervalSince1970: TimeInterval(environment.now())) }

    /// Settles the journal entries an earlier run left without an outcome, against `live`, and says on standard
    /// error what it found. Called by every command that reads the list for a change (allow, remove, undo,
    /// expire, journal) before it changes or shows anything. A journal that cannot be read is reported, not fatal
    /// here (a change then fails at its own intent).
    func reconcileJournal(live: [AllowRule]) {
        let outcomes: [JournalOutcome]
        do {
            outcomes = try recorder(program: "cli reconcile").reconcile(live: live)
        } catch {
            note("Warning: the journal could not be reconciled: \(error.message)")
            return
        }
        guard !outcomes.isEmpty else { return }
        let changes = outcomes.count == 1 ? "1 change" : "\(outcomes.count) changes"
        let what = outcomes.map { "entry \($0.entry): \(Self.landedPhrase($0.status))" }.joined(separator: "; ")
        note(
            "\(changes) from an earlier run had no recorded outcome (\(what)); read off the list and journalled. "
                + "`sgaccess journal` shows \(outcomes.count == 1 ? "it" : "them").")
    }

    static func landedPhrase(_ status: JournalOutcome.Status) -> String {
        switch status {
        case .succeeded: return "it landed"
        case .failed: return "it did not land"
        case .partial: return "part of it landed"
        }
    }
}

extension CommandContext {
    /// The rules as a removal journals them: ids, ranges and what the annotations store holds for them, so that
    /// nothing removed is lost. Annotations that cannot be read refuse the change (they would be lost).
    func journalRules(_ rules: [AllowRule]) throws -> [JournalRule] {
        let annotations: [String: Annotation]
        do {
            annotations = try ledger.annotations()
        } catch {
            throw CLIError(
                .refused,
                "Refused: the notes of the rules to remove could not be read. \(error.message) Nothing was sent.")
        }
        return rules.map { rule in
            JournalRule(
                id: rule.id, ip: rule.range?.description ?? rule.ip,
                annotation: rule.range.flatMap {
                    annotations[$0.description]
                })
        }
    }
}
