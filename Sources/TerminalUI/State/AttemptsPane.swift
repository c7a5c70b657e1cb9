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

        public init() {}
    }

    public private(set) var attempts: [AccessAttempt] = []
    public private(set) var rows: [AttemptRow] = []
    public private(set) var order: [Int] = []
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
    public var selected: AttemptRow? { list.cursor < visible.count ? rows[visible[list.cursor]] : nil }
    public var query: FilterQuery { FilterQuery(filter) }
    public var blockedCount: Int { rows.lazy.filter(\.isBlocked).count }
    /// True when the rows were triaged without a list: their status now is unknown.
    public var isUntriaged: Bool {
        rows.contains { if case .unknown = $0.status { return true } else { return false } }
    }

    /// Swaps in triaged attempts, keeping settings and selection; redoes the order or filter when the snapshot
    /// was built for other settings. The caller has checked that its triage and marks fit the state.
    mutating func take(_ snapshot: AttemptsSnapshot, page: Int) {
        let keep = selected?.attempt.ip
        attempts = snapshot.attempts
        rows = snapshot.rows
        search = snapshot.search
        version += 1
        let built = snapshot.settings
        let sameOrder = built.sort == settings.sort && built.ascending == settings.ascending
        order = sameOrder ? snapshot.order : Self.order(rows, settings)
        if sameOrder && built.filter == settings.filter && built.blockedOnly == settings.blockedOnly {
            visible = snapshot.visible
            restore(keep, page: page)
        } else {
            refilter(keeping: keep, page: page)
        }
    }

    public mutating func setFilter(_ text: String, page: Int) {
        let keep = selected?.attempt.ip
        settings.filter = text
        refilter(keeping: keep, page: page)
    }

    public mutating func setBlockedOnly(_ on: Bool, page: Int) {
        let keep = selected?.attempt.ip
        settings.blockedOnly = on
        refilter(keeping: keep, page: page)
    }

    public mutating func setSort(_ sort: AttemptSort, ascending: Bool, page: Int) {
        let keep = selected?.attempt.ip
        settings.sort = sort
        settings.ascending = ascending
        order = Self.order(rows, settings)
        refilter(keeping: keep, page: page)
    }

    private mutating func refilter(keeping ip: String?, page: Int) {
        visible = Self.visible(order, rows: rows, settings: settings, search: search)
        restore(ip, page: page)
    }

    private mutating func restore(_ ip: String?, page: Int) {
        list.keep(
            at: ip.flatMap { ip in visible.firstIndex { rows[$0].attempt.ip == ip } }, count: visible.count, page: page)
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
                if x.isBlocked != y.isBlocked { return x.isBlocked }
                return (x.attempt.lastAt, y.ip) > (y.attempt.lastAt, x.ip)
            case .lastSeen: return (x.attempt.lastAt, y.ip) > (y.attempt.lastAt, x.ip)
            case .address:
                let ax = x.attempt.address, ay = y.attempt.address
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
