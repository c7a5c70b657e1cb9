import AccessCore

/// Sorting and filtering as pure functions of the rows, shared by `RulesPane` and `RulesSnapshot`.
extension RulesPane {
    /// Positions of `rows` in the order `settings` asks for (ids break ties, so descending is exact).
    static func order(_ rows: [RuleRow], _ settings: Settings) -> [Int] {
        order(count: rows.count, settings, first: rows.count) { key(rows[$0].rule, settings.sort) }
    }

    /// The first `limit` positions of `rules` in the order `settings` asks for: the same as the first `limit` of
    /// the rows' order (`RulesPreview`).
    static func order(_ rules: [AllowRule], _ settings: Settings, first limit: Int) -> [Int] {
        order(count: rules.count, settings, first: limit) { key(rules[$0], settings.sort) }
    }

    private typealias Key = (Int, UInt128, Int)

    private static func key(_ rule: AllowRule, _ sort: RuleSort) -> Key {
        switch sort {
        case .id: return (0, 0, rule.id)
        case .range: return (rule.range.map { $0.family == .v4 ? 0 : 1 } ?? 2, rule.range?.network.value ?? 0, rule.id)
        case .size: return (rule.range.map { $0.family.bitWidth - $0.prefixLength } ?? -1, 0, rule.id)
        case .age: return (0, UInt128(truncatingIfNeeded: rule.createdAt), rule.id)
        }
    }

    /// A list already in key order (the API's lists come by id) needs no sort and no array of keys: that is checked
    /// first, one key at a time. Otherwise the keys are computed once, not at every comparison.
    private static func order(count: Int, _ settings: Settings, first limit: Int, key: (Int) -> Key) -> [Int] {
        let up = settings.ascending
        if isInOrder(count: count, key: key) {
            return up ? Array((0..<count).prefix(limit)) : Array((0..<count).reversed().prefix(limit))
        }
        let keys = (0..<count).map(key)
        return Array(Array(keys.indices).sorted { up ? keys[$0] < keys[$1] : keys[$0] > keys[$1] }.prefix(limit))
    }

    private static func isInOrder(count: Int, key: (Int) -> Key) -> Bool {
        guard count > 1 else { return true }
        var previous = key(0)
        for at in 1..<count {
            let next = key(at)
            guard previous < next else { return false }
            previous = next
        }
        return true
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
