import AccessCore

/// Recent access attempts as the screen sees them, triaged against the current list.
public struct AttemptsPane: Hashable, Sendable {
    public private(set) var attempts: [AccessAttempt] = []
    public private(set) var rows: [AttemptRow] = []
    public private(set) var order: [Int] = []
    public private(set) var visible: [Int] = []
    public private(set) var sort: AttemptSort = .status
    public private(set) var ascending = true
    public private(set) var filter = ""
    public private(set) var blockedOnly = false
    public var list = ListCursor()
    public var loadedAt: Int64?
    private var search = SearchIndex()

    public init() {}

    public var isLoaded: Bool { loadedAt != nil }
    public var selected: AttemptRow? { list.cursor < visible.count ? rows[visible[list.cursor]] : nil }
    public var query: FilterQuery { FilterQuery(filter) }
    public var blockedCount: Int { rows.lazy.filter(\.isBlocked).count }
    /// True when the rows were triaged without a list: their status now is unknown.
    public var isUntriaged: Bool {
        rows.contains { if case .unknown = $0.status { return true } else { return false } }
    }

    /// Replaces the attempts (sanitising them) and triages them against `index` (nil: the list is unknown).
    public mutating func load(_ attempts: [AccessAttempt], index: CoverageIndex?, mine: [IPAddress], page: Int) {
        self.attempts = attempts
        retriage(index: index, mine: mine, page: page)
    }

    /// Recomputes every status after the list changed.
    public mutating func retriage(index: CoverageIndex?, mine: [IPAddress], page: Int) {
        let keep = selected?.attempt.ip
        rows = Triage.triage(attempts, index: index).map { AttemptRow(triaged: $0, mine: mine) }
        search = SearchIndex(keys: rows.map { "\($0.ip) \($0.location) \($0.method) \($0.statusText)" })
        resort()
        refilter(keeping: keep, page: page)
    }

    public mutating func setFilter(_ text: String, page: Int) {
        let keep = selected?.attempt.ip
        filter = text
        refilter(keeping: keep, page: page)
    }

    public mutating func setBlockedOnly(_ on: Bool, page: Int) {
        let keep = selected?.attempt.ip
        blockedOnly = on
        refilter(keeping: keep, page: page)
    }

    public mutating func setSort(_ sort: AttemptSort, ascending: Bool, page: Int) {
        let keep = selected?.attempt.ip
        self.sort = sort
        self.ascending = ascending
        resort()
        refilter(keeping: keep, page: page)
    }

    private mutating func resort() {
        let rows = self.rows
        let sort = self.sort
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
        let up = ascending
        order = Array(rows.indices).sorted { up ? less($0, $1) : less($1, $0) }
    }

    private mutating func refilter(keeping ip: String?, page: Int) {
        var base = blockedOnly ? order.filter { rows[$0].isBlocked } : order
        switch query {
        case .all: break
        case .address(let address): base = base.filter { rows[$0].attempt.address == address }
        case .range(let range): base = base.filter { rows[$0].attempt.address.map(range.contains) == true }
        case .text(let text):
            let hits = search.matches(text)
            base = base.filter { hits[$0] }
        }
        visible = base
        list.keep(
            at: ip.flatMap { ip in visible.firstIndex { rows[$0].attempt.ip == ip } }, count: visible.count, page: page)
    }
}
