import AccessCore

/// The first screen of a long allow list, shown while its snapshot is still being built: the count and the rows
/// that come first in the pane's order, each with its own "covers one of my addresses" mark. It takes no part in
/// anything that decides: the pane stays unloaded (`RulesPane.isLoaded` is false), so the guard, the triage of
/// attempts and the header's verdicts wait for the snapshot, which replaces the preview when it lands.
public struct RulesPreview: Hashable, Sendable {
    /// Lists shorter than this build their snapshot quickly enough: no preview.
    public static let minimumRules = 5_000
    /// Rows kept: more than any terminal shows at once.
    public static let rowLimit = 256

    /// How many rules the list holds.
    public let count: Int
    /// The first rows in the order of `settings`.
    public let rows: [RuleRow]
    /// Positions in `rows` of the rules that cover one of the addresses given.
    public let mine: Set<Int>
    /// The sort it was made for (it is shown only while the pane still has it, and no filter).
    public let settings: RulesPane.Settings

    /// The preview of `rules` in the order of `settings`, or nil when the list is short or a filter is set.
    public init?(_ rules: [AllowRule], settings: RulesPane.Settings, mine addresses: [IPAddress]) {
        guard rules.count >= Self.minimumRules, settings.filter.isEmpty else { return nil }
        let first = RulesPane.order(rules, settings, first: Self.rowLimit)
        let rows = first.map { RuleRow(rule: rules[$0]) }
        count = rules.count
        mine = Set(rows.indices.filter { at in addresses.contains { rows[at].rule.range?.contains($0) == true } })
        self.rows = rows
        self.settings = settings
    }
}
