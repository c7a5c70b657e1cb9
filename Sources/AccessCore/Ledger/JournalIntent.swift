import Foundation

/// The first half of a journal entry, written (and flushed to disk) before the request is sent: what is about to
/// change, for whom, by whom, and the guard's verdict. An intent with no `JournalOutcome` after it means the
/// process ended between the two; the next start reconciles it against the live list (`JournalReconciler`).
public struct JournalIntent: Codable, Hashable, Sendable {
    /// Unique id (8 hex digits); `sgaccess undo ID` accepts any unique prefix.
    public var id: String
    public var time: Date
    public var account: LedgerAccount
    public var actor: JournalActor
    /// This host's addresses as the guard knew them.
    public var hostAddresses: [String]
    public var kind: JournalKind
    /// Ranges to add, with their notes and expiries.
    public var adds: [JournalRule]
    /// Rules to remove, with their ids and what the annotations store held for them.
    public var removes: [JournalRule]
    /// The lockout guard's verdict in one sentence ("this host 203.0.113.10 stays covered by #16").
    public var verdict: String
    /// Overrides the operator gave ("--allow-lockout", "typed 203.0.113.10").
    public var overrides: [String]
    /// The entry this one undoes.
    public var undoes: String?
    /// The requests, as the confirmation showed them: `POST /v3/access_settings/whitelist {...}`.
    public var requests: [String]

    public init(
        id: String, time: Date, account: LedgerAccount, actor: JournalActor, hostAddresses: [String],
        kind: JournalKind, adds: [JournalRule], removes: [JournalRule], verdict: String, overrides: [String] = [],
        undoes: String? = nil, requests: [String]
    ) {
        self.id = id
        self.time = time
        self.account = account
        self.actor = actor
        self.hostAddresses = hostAddresses
        self.kind = kind
        self.adds = adds
        self.removes = removes
        self.verdict = verdict
        self.overrides = overrides
        self.undoes = undoes
        self.requests = requests
    }
}
