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
            rows = rules.map(RuleRow.init(rule:))
            index = CoverageIndex(rules: rules)
            var byID = [Int: Int](minimumCapacity: rules.count)
            for (at, rule) in rules.enumerated() where byID[rule.id] == nil { byID[rule.id] = at }
            rowByID = byID
            search = SearchIndex(keys: rows.map { "#\($0.id) \($0.ip)" })
            order = RulesPane.order(rows, settings)
            visible = RulesPane.visible(
                order, rows: rows, query: FilterQuery(settings.filter), index: index,
                search: search)
        }
    }

    /// Builds the snapshot of `rules` for `basis` (pure; heavy at 100 000 rules, so not on the main actor).
    public init(_ rules: [AllowRule], basis: IngestBasis = IngestBasis()) {
        self.rules = rules
        rulesVersion = basis.rulesVersion
        attemptsVersion = basis.attemptsVersion
        settings = basis.ruleSettings
        if let previous = basis.rules, previous == rules {
            content = nil
            attempts = nil
            return
        }
        let content = Content(rules, settings: basis.ruleSettings)
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
