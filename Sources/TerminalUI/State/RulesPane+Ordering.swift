import AccessCore

/// Sorting and filtering as pure functions of the rows, shared by `RulesPane` and `RulesSnapshot`.
extension RulesPane {
    /// Positions of `rows` in the order `settings` asks for (ids break ties, so descending is exact).
    static func order(_ rows: [RuleRow], _ settings: Settings) -> [Int] {
        let sort = settings.sort
        func key(_ r: RuleRow) -> (Int, UInt128, Int) {
            switch sort {
            case .id: return (0, 0, r.id)
            case .range:
                return (r.rule.range.map { $0.family == .v4 ? 0 : 1 } ?? 2, r.rule.range?.network.value ?? 0, r.id)
            case .size: return (r.rule.range.map { $0.family.bitWidth - $0.prefixLength } ?? -1, 0, r.id)
            case .age: return (0, UInt128(truncatingIfNeeded: r.rule.createdAt), r.id)
            }
        }
        // The keys are computed once, not at every comparison; a list already in key order (the API's lists come
        // by id) needs no sort at all.
        let keys = rows.map(key)
        let up = settings.ascending
        if keys.indices.dropFirst().allSatisfy({ keys[$0 - 1] < keys[$0] }) {
            return up ? Array(rows.indices) : Array(rows.indices.reversed())
        }
        return Array(rows.indices).sorted { up ? keys[$0] < keys[$1] : keys[$0] > keys[$1] }
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
