import AccessCore

/// What the runtime writes to the journal before it sends a change (`AppState.journalDraft(for:)`): the kind,
/// the rules with their notes, the guard's verdict, this host's addresses and the request as the confirmation
/// showed it. The runtime turns it into the ledger's intent; if that cannot be written, nothing is sent.
public struct JournalDraft: Hashable, Sendable {
    public var kind: JournalKind
    public var adds: [JournalRule]
    public var removes: [JournalRule]
    public var verdict: String
    public var overrides: [String]
    public var undoes: String?
    public var requests: [String]
    public var hostAddresses: [String]

    public init(
        kind: JournalKind, adds: [JournalRule], removes: [JournalRule], verdict: String, overrides: [String] = [],
        undoes: String? = nil, requests: [String], hostAddresses: [String]
    ) {
        self.kind = kind
        self.adds = adds
        self.removes = removes
        self.verdict = verdict
        self.overrides = overrides
        self.undoes = undoes
        self.requests = requests
        self.hostAddresses = hostAddresses
    }
}
