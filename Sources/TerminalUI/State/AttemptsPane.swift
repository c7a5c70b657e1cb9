import AccessCore

/// Recent access attempts as the screen sees them, triaged against the current list. New attempts (or a
/// retriage after the list changed) arrive as an `AttemptsSnapshot` built off the main actor; `take` swaps it in.
public struct AttemptsPane: Hashable, Sendable {
    /// How the attempts are sorted and filtered: what a snapshot is built for.
    public struct Settings: Hashable, Sendable {
        public var sort: AttemptSort = .status
        public var ascending = true
        public var filter = ""
        public var blockedOnly = false
        /// Dismissals, whether they show, and the grouping (`TriageState`).
        public var triage = TriageState()

        public init() {}
    }

    public private(set) var attempts: [AccessAttempt] = []
    /// One row per attempt, triaged and marked with the dismissals that hide it.
    public private(set) var rows: [AttemptRow] = []
    /// The rows the list shows: `rows` when not grouped, else one merged row per address or range.
    public private(set) var items: [AttemptRow] = []
    /// Indices into `items`, sorted.
    public private(set) var order: [Int] = []
    /// Indices into `items` the filter lets through, in display order.
    public private(set) var visible: [Int] = []
    public private(set) var settings = Settings()
    public var list = ListCursor()
    public var loadedAt: Int64?
    /// Grows by one at every snapshot swapped in.
    public private(set) var version = 0
    private var search = SearchIndex()

    public init() {}

    public var isLoaded: Bool { loadedAt != nil }
    public var sort: AttemptSort { settings.sort }
    public var ascending: Bool { settings.ascending }
    public var filter: String { settings.filter }
    public var blockedOnly: Bool { settings.blockedOnly }
    public var triage: TriageState { settings.triage }
    public var selected: AttemptRow? { list.cursor < visible.count ? items[visible[list.cursor]] : nil }
    public var query: FilterQuery { FilterQuery(filter) }
    /// Blocked attempts not dismissed: what is left to triage.
    public var blockedCount: Int { rows.lazy.filter(\.needsTriage).count }
    /// How many addresses a dismissal hides now.
    public var dismissedCount: Int { Set(rows.lazy.filter { $0.dismissal != nil }.map(\.addressKey)).count }
    /// True when the rows were triaged without a list: their status now is unknown.
    public var isUntriaged: Bool {
        rows.contains { if case .unknown = $0.status { return true } else { return false } }
    }

    /// Swaps in triaged attempts, keeping settings and selection; redoes the order or filter when the snapshot
    /// was built for other settings. The caller has checked that its triage and marks fit the state.
    mutating func take(_ snapshot: AttemptsSnapshot, page: Int) {
        let keep = selected?.ip
        attempts = snapshot.attempts
        search = snapshot.search
        version += 1
        let built = snapshot.settings
        if built.triage.dismissals != settings.triage.dismissals {
            rows = Self.marked(snapshot.rows, settings.triage.dismissals)
            return rearrange(keeping: keep, page: page)
        }
        rows = snapshot.rows
        if built == settings {
            (items, order, visible) = (snapshot.items, snapshot.order, snapshot.visible)
            return restore(keep, page: page)
        }
        let sameOrder = built.sort == settings.sort && built.ascending == settings.ascending
        if sameOrder && built.triage.grouping == .none && settings.triage.grouping == .none {
            (items, order) = (rows, snapshot.order)
            refilter(keeping: keep, page: page)
        } else {
            rearrange(keeping: keep, page: page)
        }
    }

    public mutating func setFilter(_ text: String, page: Int) {
        let keep = selected?.ip
        settings.filter = text
        refilter(keeping: keep, page: page)
    }

    public mutating func setBlockedOnly(_ on: Bool, page: Int) {
        let keep = selected?.ip
        settings.blockedOnly = on
        refilter(keeping: keep, page: page)
    }

    public mutating func setSort(_ sort: AttemptSort, ascending: Bool, page: Int) {
        let keep = selected?.ip
        settings.sort = sort
        settings.ascending = ascending
        rearrange(keeping: keep, page: page)
    }

    /// Takes new dismissals, a shown/hidden toggle or a grouping: the rows are marked again and regrouped.
    public mutating func setTriage(_ triage: TriageState, page: Int) {
        let keep = selected?.ip
        if triage.dismissals != settings.triage.dismissals { rows = Self.marked(rows, triage.dismissals) }
        settings.triage = triage
        rearrange(keeping: keep, page: page)
    }

    /// Grouped, a filter regroups (the merged rows count only what it lets through); not grouped, it only
    /// picks from the order.
    private mutating func refilter(keeping ip: String?, page: Int) {
        guard settings.triage.grouping == .none else { return rearrange(keeping: ip, page: page) }
        visible = Self.visible(order, rows: items, settings: settings, search: search)
        restore(ip, page: page)
    }

    private mutating func rearrange(keeping ip: String?, page: Int) {
        (items, order, visible) = Self.arrange(rows, search: search, settings: settings)
        restore(ip, page: page)
    }

    private mutating func restore(_ ip: String?, page: Int) {
        list.keep(at: ip.flatMap { ip in visible.firstIndex { items[$0].ip == ip } }, count: visible.count, page: page)
    }
}

/// Sorting and filtering as pure functions of the rows, shared by `AttemptsPane` and `AttemptsSnapshot`.
extension AttemptsPane {
    static func order(_ rows: [AttemptRow], _ settings: Settings) -> [Int] {
        let sort = settings.sort
        func less(_ a: Int, _ b: Int) -> Bool {
            let x = rows[a], y = rows[b]
            switch sort {
            case .status:
                // Blocked rows to triage first, then the dismissed ones (shown by `X`), then the rest.
                if x.needsTriage != y.needsTriage { return x.needsTriage }
                if x.isBlocked != y.isBlocked { return x.isBlocked }
                return (x.attempt.lastAt, y.ip) > (y.attempt.lastAt, x.ip)
            case .lastSeen: return (x.attempt.lastAt, y.ip) > (y.attempt.lastAt, x.ip)
            case .address:
                let ax = x.attempt.address ?? x.group?.range?.network, ay = y.attempt.address ?? y.group?.range?.network
                if ax != ay { return ax.map { a in ay.map { a < $0 } ?? true } ?? false }
                return x.ip < y.ip
            case .location: return (x.location, x.ip) < (y.location, y.ip)
            }
        }
        let up = settings.ascending
        return Array(rows.indices).sorted { up ? less($0, $1) : less($1, $0) }
    }

    static func visible(_ order: [Int], rows: [AttemptRow], settings: Settings, search: SearchIndex) -> [Int] {
        var base = settings.blockedOnly ? order.filter { rows[$0].isBlocked } : order
        if !settings.triage.showDismissed { base = base.filter { rows[$0].dismissal == nil } }
        switch FilterQuery(settings.filter) {
        case .all: break
        case .address(let address): base = base.filter { rows[$0].attempt.address == address }
        case .range(let range): base = base.filter { rows[$0].attempt.address.map(range.contains) == true }
        case .text(let text):
            let hits = search.matches(text)
            base = base.filter { hits[$0] }
        }
        return base
    }
}
