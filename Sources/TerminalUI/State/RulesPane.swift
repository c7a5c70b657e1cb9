import AccessCore

/// The allow list as the screen sees it: every rule, their sorted order, the rows the filter lets through,
/// the cursor and the marks. `order` and `visible` hold indices into `rows`. A new list arrives as a
/// `RulesSnapshot` built off the main actor; `take` only swaps it in.
public struct RulesPane: Equatable, Sendable {
    /// How the list is sorted and filtered: what a snapshot is built for.
    public struct Settings: Hashable, Sendable {
        public var sort: RuleSort = .id
        public var ascending = true
        public var filter = ""

        public init() {}
    }

    public private(set) var rows: [RuleRow] = []
    public private(set) var index = CoverageIndex(rules: [])
    public private(set) var order: [Int] = []
    public private(set) var visible: [Int] = []
    public private(set) var settings = Settings()
    public var list = ListCursor()
    /// Ids of marked rules.
    public var marked: Set<Int> = []
    /// Unix seconds of the last successful load; nil before the first.
    public var loadedAt: Int64?
    /// The first screen of a long list read but not yet built into a snapshot; nil once one is swapped in.
    public internal(set) var preview: RulesPreview?
    /// Grows by one at every list swapped in: a snapshot built against another version is checked again.
    public private(set) var version = 0
    /// Positions in `rows` of the rules that cover one of my addresses.
    private var mine: Set<Int> = []
    private var search = SearchIndex()
    private var rowByID: [Int: Int] = [:]

    public init() {}

    public var isLoaded: Bool { loadedAt != nil }
    public var rules: [AllowRule] { index.rules }
    public var sort: RuleSort { settings.sort }
    public var ascending: Bool { settings.ascending }
    public var filter: String { settings.filter }
    public var selected: RuleRow? { list.cursor < visible.count ? rows[visible[list.cursor]] : nil }
    public var query: FilterQuery { FilterQuery(filter) }
    /// The rule with this id, if listed.
    public func row(id: Int) -> RuleRow? { rowByID[id].map { rows[$0] } }
    /// True when the rule at `position` in `rows` covers one of my addresses.
    public func coversMine(at position: Int) -> Bool { mine.contains(position) }
    /// Marked rules the filter hides.
    public var hiddenMarkedCount: Int {
        guard !marked.isEmpty, !filter.isEmpty else { return 0 }
        let shown = Set(visible.lazy.map { rows[$0].id })
        return marked.subtracting(shown).count
    }

    /// Swaps in a built list, keeping settings, selection and the marks that still exist. Cheap when the
    /// snapshot was built for the current settings; otherwise the order or the filter is redone here.
    mutating func take(
        _ content: RulesSnapshot.Content, builtFor built: Settings, mine addresses: [IPAddress], page: Int
    ) {
        let keep = selected?.id
        preview = nil
        rows = content.rows
        index = content.index
        rowByID = content.rowByID
        search = content.search
        version += 1
        marked = marked.filter { content.rowByID[$0] != nil }
        setMine(addresses)
        let sameOrder = built.sort == settings.sort && built.ascending == settings.ascending
        order = sameOrder ? content.order : Self.order(rows, settings)
        if sameOrder && built.filter == settings.filter {
            visible = content.visible
            restore(keep, page: page)
        } else {
            refilter(keeping: keep, page: page)
        }
    }

    /// Recomputes which rules cover my addresses (one index probe per address).
    mutating func setMine(_ addresses: [IPAddress]) {
        mine = Set(addresses.flatMap { index.positions(covering: $0) })
    }

    public mutating func setFilter(_ text: String, page: Int) {
        let keep = selected?.id
        settings.filter = text
        refilter(keeping: keep, page: page)
    }

    public mutating func setSort(_ sort: RuleSort, ascending: Bool, page: Int) {
        let keep = selected?.id
        settings.sort = sort
        settings.ascending = ascending
        order = Self.order(rows, settings)
        refilter(keeping: keep, page: page)
    }

    private mutating func refilter(keeping id: Int?, page: Int) {
        visible = Self.visible(order, rows: rows, query: query, index: index, search: search)
        restore(id, page: page)
    }

    /// The cursor goes to the rule with `id` when it is still shown.
    private mutating func restore(_ id: Int?, page: Int) {
        let position = id.flatMap { rowByID[$0] }.flatMap { at in visible.firstIndex(of: at) }
        list.keep(at: position, count: visible.count, page: page)
    }
}

extension RulesPane {
    /// `index`, `search` and `rowByID` are derived from `rows`, so they take no part in equality.
    public static func == (a: RulesPane, b: RulesPane) -> Bool {
        a.rows == b.rows && a.order == b.order && a.visible == b.visible && a.settings == b.settings
            && a.list == b.list && a.marked == b.marked && a.loadedAt == b.loadedAt && a.mine == b.mine
            && a.preview == b.preview
    }
}
