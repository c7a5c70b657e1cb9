import AccessCore

/// An answer of the allow list ready to swap into `RulesPane`, built by a pure function that the runtime calls
/// off the main actor: the rows with their sanitised text, the coverage index, the search index, and the order
/// and visible rows for the sort and filter of its `IngestBasis`. When the list equals the one the basis saw,
/// nothing is built (`isUnchanged`). The attempts the basis held come retriaged against the new list.
public struct RulesSnapshot: Sendable {
    public let rules: [AllowRule]
    /// The rows and indexes; nil when the list equals the basis's (nothing was built).
    let content: Content?
    /// The attempts of the basis triaged against this list; nil when the basis had none or nothing changed.
    let attempts: AttemptsSnapshot?
    let rulesVersion: Int?
    let attemptsVersion: Int?
    let settings: RulesPane.Settings

    /// Everything derived from one list, in the list's order.
    struct Content: Sendable {
        let rows: [RuleRow]
        let index: CoverageIndex
        let rowByID: [Int: Int]
        let search: SearchIndex
        let order: [Int]
        let visible: [Int]

        init(_ rules: [AllowRule], settings: RulesPane.Settings) {
            self.init(Rows(rules, settings: settings), index: CoverageIndex(rules: rules), settings: settings)
        }

        init(_ built: Rows, index: CoverageIndex, settings: RulesPane.Settings) {
            rows = built.rows
            self.index = index
            rowByID = built.rowByID
            search = built.search
            order = built.order
            visible = RulesPane.visible(
                order, rows: rows, query: FilterQuery(settings.filter), index: index, search: search)
        }
    }

    /// What `Content` derives from the list without the coverage index, so that the two can be built at once.
    struct Rows: Sendable {
        let rows: [RuleRow]
        let rowByID: [Int: Int]
        let search: SearchIndex
        let order: [Int]

        init(_ rules: [AllowRule], settings: RulesPane.Settings) {
            rows = rules.map(RuleRow.init(rule:))
            var byID = [Int: Int](minimumCapacity: rules.count)
            for (at, rule) in rules.enumerated() where byID[rule.id] == nil { byID[rule.id] = at }
            rowByID = byID
            search = SearchIndex(ids: rows.map(\.id), texts: rows.map(\.ip))
            order = RulesPane.order(rows, settings)
        }
    }

    /// Builds the snapshot of `rules` for `basis` (pure; heavy at 100 000 rules, so not on the main actor).
    public init(_ rules: [AllowRule], basis: IngestBasis = IngestBasis()) {
        self.init(rules, basis: basis) { Content(rules, settings: basis.ruleSettings) }
    }

    /// The same snapshot, with the coverage index built on another thread while the rows, the search index and the
    /// order are built on this one: at 100 000 rules that shortens the time to the first frame on a busy machine.
    public static func building(_ rules: [AllowRule], basis: IngestBasis = IngestBasis()) async -> RulesSnapshot {
        if let previous = basis.rules, previous == rules { return RulesSnapshot(rules, basis: basis) }
        async let index = CoverageIndex(rules: rules)
        let rows = Rows(rules, settings: basis.ruleSettings)
        let content = Content(rows, index: await index, settings: basis.ruleSettings)
        return RulesSnapshot(rules, basis: basis) { content }
    }

    private init(_ rules: [AllowRule], basis: IngestBasis, content build: () -> Content) {
        self.rules = rules
        rulesVersion = basis.rulesVersion
        attemptsVersion = basis.attemptsVersion
        settings = basis.ruleSettings
        if let previous = basis.rules, previous == rules {
            content = nil
            attempts = nil
            return
        }
        let content = build()
        self.content = content
        attempts = basis.attempts.map {
            AttemptsSnapshot(
                $0, index: content.index, mine: basis.mine, settings: basis.attemptSettings,
                rulesVersion: nil)
        }
    }

    /// True when the list equals the one of its basis, so nothing was built.
    public var isUnchanged: Bool { content == nil }
}

extension RulesSnapshot: Hashable {
    /// What was built is derived from `rules` and the basis, so it takes no part in equality.
    public static func == (a: RulesSnapshot, b: RulesSnapshot) -> Bool {
        a.rules == b.rules && a.isUnchanged == b.isUnchanged && a.rulesVersion == b.rulesVersion
            && a.attemptsVersion == b.attemptsVersion && a.settings == b.settings && a.attempts == b.attempts
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rules.count)
        hasher.combine(rules.first)
        hasher.combine(rulesVersion)
        hasher.combine(isUnchanged)
    }
}
