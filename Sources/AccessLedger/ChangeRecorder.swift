import AccessCore
import Foundation

/// The write-ahead journal of changes, shared by the CLI and the app: `begin` writes the intent (and throws if it
/// cannot, so that nothing unjournalled is sent); `finish` writes the outcome and brings the annotations in line
/// with what landed (notes of added ranges set, notes of removed ranges dropped: the journal keeps them for undo);
/// `reconcile` settles the entries a killed process left without an outcome, from the live list.
public struct ChangeRecorder: Sendable {
    public let store: any LedgerStore
    public let actor: JournalActor
    private let clock: @Sendable () -> Date
    private let makeID: @Sendable () -> String

    public init(
        store: any LedgerStore, actor: JournalActor, clock: @escaping @Sendable () -> Date,
        makeID: @escaping @Sendable () -> String = { JournalID.random() }
    ) {
        self.store = store
        self.actor = actor
        self.clock = clock
        self.makeID = makeID
    }

    /// What a change is about to do; `begin` turns it into an intent.
    public typealias Change = JournalChange

    /// Writes the intent, flushed to disk. A thrown error means the change must not be sent.
    public func begin(_ change: Change) throws(LedgerError) -> JournalIntent {
        let intent = JournalIntent(
            id: makeID(), time: clock(), account: store.account, actor: actor, hostAddresses: change.hostAddresses,
            kind: change.kind, adds: change.adds, removes: change.removes, verdict: change.verdict,
            overrides: change.overrides, undoes: change.undoes, requests: change.requests)
        try store.append(.intent(intent))
        return intent
    }

    /// Writes the outcome and updates the annotations. The change has happened whatever this returns: an error
    /// here is reported (the entry then reads "outcome unknown" and the next start reconciles it), not fatal.
    @discardableResult
    public func finish(
        _ intent: JournalIntent, status: JournalOutcome.Status, answer: String, added: [JournalRule] = [],
        removedIDs: [Int] = []
    ) -> LedgerError? {
        let outcome = JournalOutcome(
            entry: intent.id, time: clock(), status: status, answer: answer, added: added, removedIDs: removedIDs)
        return record(outcome, of: intent)
    }

    /// Settles every entry of this account that has no outcome, against `live`; returns the outcomes written
    /// (callers say "2 changes from an earlier run had no recorded outcome; …").
    public func reconcile(live: [AllowRule]) throws(LedgerError) -> [JournalOutcome] {
        var written: [JournalOutcome] = []
        for record in try store.journal().pending {
            let outcome = JournalReconciler.reconcile(record.intent, live: live, now: clock())
            if let error = self.record(outcome, of: record.intent) { throw error }
            written.append(outcome)
        }
        return written
    }

    private func record(_ outcome: JournalOutcome, of intent: JournalIntent) -> LedgerError? {
        do {
            try store.append(.outcome(outcome))
            try store.updateAnnotations { annotations in
                Self.apply(outcome, of: intent, to: &annotations, now: outcome.time, by: actor.signature)
            }
            return nil
        } catch {
            return error
        }
    }

    /// Notes of the ranges that landed are set; those of removed rules dropped.
    static func apply(
        _ outcome: JournalOutcome, of intent: JournalIntent, to annotations: inout [String: Annotation], now: Date,
        by: String
    ) {
        let gone = Set(outcome.removedIDs)
        for removed in intent.removes where removed.id.map(gone.contains) ?? false {
            if let range = removed.range { annotations[range.description] = nil }
        }
        let landed = outcome.status == .succeeded && outcome.added.isEmpty ? intent.adds : outcome.added
        for added in landed {
            guard let range = added.range else { continue }
            let wanted = intent.adds.first { $0.range == range } ?? added
            guard wanted.note != nil || wanted.expires != nil else { continue }
            annotations[range.description] = Annotation(
                note: wanted.note, expires: wanted.expires, updated: now, by: by)
        }
    }
}
