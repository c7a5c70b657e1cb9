import AccessCore

/// What happens to the triage inbox from outside the keys (`Action.triage`).
public enum TriageAction: Hashable, Sendable {
    /// Sent by the runtime at start: the reducer asks for the account's dismissals (`TriageEffect.load`).
    case start
    /// The ledger's dismissals of the current account, read off the main actor.
    case loaded([String: Dismissal])
    /// The dismissals could not be read: the sentence says which file and why.
    case loadFailed(String)
    /// Writing the dismissal of `address` failed (the sentence says why); it stays in memory for this session.
    case saveFailed(address: String, reason: String)
}

/// What the triage inbox asks the runtime to do with the ledger (`Effect.triage`), off the main actor.
public enum TriageEffect: Hashable, Sendable {
    /// Read the current account's dismissals, then send `.triage(.loaded)` or `.triage(.loadFailed)`.
    case load
    /// Store `dismissal` for `address` (nil: remove it), in the order asked; on failure send
    /// `.triage(.saveFailed)`. The runtime fills `Dismissal.by` with the operator's signature when it is nil.
    case save(address: String, Dismissal?)
}
