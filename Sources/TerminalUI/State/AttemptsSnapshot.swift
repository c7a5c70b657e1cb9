import AccessCore

/// An answer of the activity ready to swap into `AttemptsPane`, built by a pure function that the runtime calls
/// off the main actor: triaged against the list its basis saw, sanitised, marked with the dismissals, indexed for
/// search, grouped, sorted and filtered for the basis's settings. The reducer redoes on the main actor what the
/// state changed since.
public struct AttemptsSnapshot: Hashable, Sendable {
    public let attempts: [AccessAttempt]
    let rows: [AttemptRow]
    let items: [AttemptRow]
    let search: SearchIndex
    let order: [Int]
    let visible: [Int]
    let settings: AttemptsPane.Settings
    let mine: [IPAddress]
    /// The `RulesPane.version` of the list it was triaged against; nil matches none.
    let rulesVersion: Int?

    /// Builds the snapshot of `attempts` for `basis` (pure).
    public init(_ attempts: [AccessAttempt], basis: IngestBasis = IngestBasis()) {
        self.init(
            attempts, index: basis.index, mine: basis.mine, settings: basis.attemptSettings,
            rulesVersion: basis.rulesVersion)
    }

    init(
        _ attempts: [AccessAttempt], index: CoverageIndex?, mine: [IPAddress], settings: AttemptsPane.Settings,
        rulesVersion: Int?
    ) {
        self.attempts = attempts
        self.mine = mine
        self.settings = settings
        self.rulesVersion = rulesVersion
        rows = AttemptsPane.marked(
            Triage.triage(attempts, index: index).map { AttemptRow(triaged: $0, mine: mine) },
            settings.triage.dismissals)
        search = SearchIndex(keys: rows.map { "\($0.ip) \($0.location) \($0.method) \($0.statusText)" })
        (items, order, visible) = AttemptsPane.arrange(rows, search: search, settings: settings)
    }

}
