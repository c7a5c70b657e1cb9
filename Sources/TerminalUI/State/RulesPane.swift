import AccessCore

/// The allow list as the screen sees it: every rule, their sorted order, the rows the filter lets through,
/// the cursor and the marks. `order` and `visible` hold indices into `rows`.
public struct RulesPane: Equatable, Sendable {
    public private(set) var rows: [RuleRow] = []
    public private(set) var index = CoverageIndex(rules: [])
    public private(set) var order: [Int] = []
    public private(set) var visible: [Int] = []
    public private(set) var sort: RuleSort = .id
    public private(set) var ascending = true
    public private(set) var filter = ""
    public var list = ListCursor()
    /// Ids of marked rules.
    public var marked: Set<Int> = []
    /// Unix seconds of the last successful load; nil before the first.
    public var loadedAt: Int64?
    private var search = SearchIndex()
    private var rowByID: [Int: Int] = [:]

    public init() {}

    public var isLoaded: Bool { loadedAt != nil }
    public var rules: [AllowRule] { index.rules }
    public var selected: RuleRow? { list.cursor < visible.count ? rows[visible[list.cursor]] : nil }
    public var query: FilterQuery { FilterQuery(filter) }
    /// The rule with this id, if listed.
    public func row(id: Int) -> RuleRow? { rowByID[id].map { rows[$0] } }
    /// Marked rules the filter hides.
    public var hiddenMarkedCount: Int {
        guard !marked.isEmpty, !filter.isEmpty else { return 0 }
        let shown = Set(visible.lazy.map { rows[$0].id })
        return marked.subtracting(shown).count
    }

    /// Replaces the data (sanitising it), keeping sort, filter, selection and the marks that still exist.
    public mutating func load(_ rules: [AllowRule], mine: [IPAddress], page: Int) {
        let keep = selected?.id
        rows = rules.map { RuleRow(rule: $0, mine: mine) }
        index = CoverageIndex(rules: rules)
        rowByID = Dictionary(rows.indices.map { (rows[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        search = SearchIndex(keys: rows.map { "#\($0.id) \($0.ip)" })
        marked.formIntersection(rules.map(\.id))
        resort()
        refilter(keeping: keep, page: page)
    }

    public mutating func setFilter(_ text: String, page: Int) {
        let keep = selected?.id
        filter = text
        refilter(keeping: keep, page: page)
    }

    public mutating func setSort(_ sort: RuleSort, ascending: Bool, page: Int) {
        let keep = selected?.id
        self.sort = sort
        self.ascending = ascending
        resort()
        refilter(keeping: keep, page: page)
    }

    private mutating func resort() {
        let rows = self.rows
        func key(_ i: Int) -> (Int, UInt128, Int) {
            let r = rows[i]
            switch sort {
            case .id: return (0, 0, r.id)
            case .range:
                return (r.rule.range.map { $0.family == .v4 ? 0 : 1 } ?? 2, r.rule.range?.network.value ?? 0, r.id)
            case .size: return (r.rule.range.map { $0.family.bitWidth - $0.prefixLength } ?? -1, 0, r.id)
            case .age: return (0, UInt128(truncatingIfNeeded: r.rule.createdAt), r.id)
            }
        }
        let up = ascending
        order = Array(rows.indices).sorted { up ? key($0) < key($1) : key($0) > key($1) }
    }

    private mutating func refilter(keeping id: Int?, page: Int) {
        switch query {
        case .all:
            visible = order
        case .address(let address):
            var hits = [Bool](repeating: false, count: rows.count)
            for rule in index.rules(covering: address) { if let at = rowByID[rule.id] { hits[at] = true } }
            visible = order.filter { hits[$0] }
        case .range(let range):
            visible = order.filter { rows[$0].rule.range?.overlaps(range) == true }
        case .text(let text):
            let hits = search.matches(text)
            visible = order.filter { hits[$0] }
        }
        list.keep(at: id.flatMap { id in visible.firstIndex { rows[$0].id == id } }, count: visible.count, page: page)
    }
}

extension RulesPane {
    /// `index` is derived from `rows`, so it takes no part in equality.
    public static func == (a: RulesPane, b: RulesPane) -> Bool {
        a.rows == b.rows && a.order == b.order && a.visible == b.visible && a.sort == b.sort
            && a.ascending == b.ascending && a.filter == b.filter && a.list == b.list && a.marked == b.marked
            && a.loadedAt == b.loadedAt
    }
}
