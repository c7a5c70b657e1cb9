import AccessCore

/// Sorting and filtering as pure functions of the rows, shared by `RulesPane` and `RulesSnapshot`.
extension RulesPane {
    /// Positions of `rows` in the order `settings` asks for (ids break ties, so descending is exact).
    static func order(_ rows: [RuleRow], _ settings: Settings) -> [Int] {
        order(keys: rows.map { key($0.rule, settings.sort) }, ascending: settings.ascending, first: rows.count)
    }

    /// The first `limit` positions of `rules` in the order `settings` asks for: the same as the first `limit` of
    /// the rows' order (`RulesPreview`).
    static func order(_ rules: [AllowRule], _ settings: Settings, first limit: Int) -> [Int] {
        // The usual case without the keys: by id, ascending, in a list that comes in id order.
        if settings.sort == .id, settings.ascending,
            rules.indices.dropFirst().allSatisfy({ rules[$0 - 1].id < rules[$0].id })
        {
            return Array(rules.indices.prefix(limit))
        }
        return order(keys: rules.map { key($0, settings.sort) }, ascending: settings.ascending, first: limit)
    }

    private static func key(_ rule: AllowRule, _ sort: RuleSort) -> (Int, UInt128, Int) {
        switch sort {
        case .id: return (0, 0, rule.id)
        case .range: return (rule.range.map { $0.family == .v4 ? 0 : 1 } ?? 2, rule.range?.network.value ?? 0, rule.id)
        case .size: return (rule.range.map { $0.family.bitWidth - $0.prefixLength } ?? -1, 0, rule.id)
        case .age: return (0, UInt128(truncatingIfNeeded: rule.createdAt), rule.id)
        }
    }

    /// The keys are computed once, not at every comparison; a list already in key order (the API's lists come by
    /// id) needs no sort at all.
    private static func order(keys: [(Int, UInt128, Int)], ascending up: Bool, first limit: Int) -> [Int] {
        if keys.indices.dropFirst().allSatisfy({ keys[$0 - 1] < keys[$0] }) {
            return up ? Array(keys.indices.prefix(limit)) : Array(keys.indices.reversed().prefix(limit))
        }
        return Array(Array(keys.indices).sorted { up ? keys[$0] < keys[$1] : keys[$0] > keys[$1] }.prefix(limit))
    }

    /// The positions of `order` that `query` lets through.
    static func visible(
        _ order: [Int], rows: [RuleRow], query: FilterQuery, index: CoverageIndex, search: SearchIndex
    ) -> [Int] {
        switch query {
        case .all:
            return order
        case .address(let address):
            var hits = [Bool](repeating: false, count: rows.count)
            for position in index.positions(covering: address) { hits[position] = true }
            return order.filter { hits[$0] }
        case .range(let range):
            return order.filter { rows[$0].rule.range?.overlaps(range) == true }
        case .text(let text):
            let hits = search.matches(text)
            return order.filter { hits[$0] }
        }
    }
}
