/// What a change is about to do, as the CLI and the app hand it to `ChangeRecorder.begin` (the app builds it
/// purely, in `AppState.journalDraft(for:)`): the kind, the rules with their notes, the guard's verdict, the
/// overrides, this host's addresses and the requests as the confirmation showed them. `begin` adds the id, the
/// time, the account and the operator and writes it as a `JournalIntent`; if that fails, nothing is sent.
public struct JournalChange: Hashable, Sendable {
    public var kind: JournalKind
    public var adds: [JournalRule]
    public var removes: [JournalRule]
    public var verdict: String
    public var overrides: [String]
    public var undoes: String?
    public var requests: [String]
    public var hostAddresses: [String]

    public init(
        kind: JournalKind, adds: [JournalRule] = [], removes: [JournalRule] = [], verdict: String,
        overrides: [String] = [],
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
