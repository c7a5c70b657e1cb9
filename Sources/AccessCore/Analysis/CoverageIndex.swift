/// Answers "which rules cover this address?" over an allow list, without scanning it.
///
/// CONTRACT. Built once per list (O(n log n)); `rules(covering:)` costs one hash probe per distinct prefix length
/// present (at most 33 for IPv4, 129 for IPv6) plus the matches, whatever the list size. Overlapping, nested and
/// duplicate ranges are all reported. Rules whose `ip` text cannot be parsed (`range == nil`) never cover
/// anything, but they do count for `isEmpty`: SendGrid still enforces a list that holds them.
/// IPv4 rules never cover IPv6 addresses and vice versa (see `IPAddress.unmappingIPv4`).
public struct CoverageIndex: Sendable {
    public let rules: [AllowRule]
    private let v4: FamilyCoverage
    private let v6: FamilyCoverage
    /// Links rules with the same network and prefix length (-1 ends a chain).
    private let next: [Int32]
    private let positionByID: [Int: Int32]
    /// True when some id occurs more than once (the API never does this; a hand-built list might).
    let hasDuplicateIDs: Bool
    /// Positions of the rules whose `ip` could not be parsed, in list order.
    private let unparsablePositions: [Int]

    public init(rules: [AllowRule]) {
        self.rules = rules
        var v4Entries: [FamilyCoverage.Entry] = [], v6Entries: [FamilyCoverage.Entry] = []
        var unparsable: [Int] = []
        var byID = [Int: Int32](minimumCapacity: rules.count)
        var duplicates = false
        for (position, rule) in rules.enumerated() {
            if byID[rule.id] == nil { byID[rule.id] = Int32(position) } else { duplicates = true }
            guard let range = rule.range else { unparsable.append(position); continue }
            let entry = FamilyCoverage.Entry(
                network: range.network.value, prefixLength: range.prefixLength,
                position: Int32(position))
            if range.family == .v4 { v4Entries.append(entry) } else { v6Entries.append(entry) }
        }
        var next = [Int32](repeating: -1, count: rules.count)
        v4 = FamilyCoverage(family: .v4, entries: v4Entries, next: &next)
        v6 = FamilyCoverage(family: .v6, entries: v6Entries, next: &next)
        self.next = next
        positionByID = byID
        hasDuplicateIDs = duplicates
        unparsablePositions = unparsable
    }

    /// True when the list has no rules: SendGrid then enforces nothing and allows everyone.
    public var isEmpty: Bool { rules.isEmpty }

    /// Number of rules, parsable or not (what counts against the cap and for enforcement).
    public var count: Int { rules.count }

    /// Rules whose `ip` text could not be parsed, in list order: they cover nothing.
    public var unparsableRules: [AllowRule] { unparsablePositions.map { rules[$0] } }

    /// Every rule whose range contains `address`, narrowest first, then by id.
    public func rules(covering address: IPAddress) -> [AllowRule] {
        ordered(positions(covering: address))
    }

    /// Positions in `rules` of the rules covering `address`, narrowest first, then by id.
    public func positions(covering address: IPAddress) -> [Int] {
        var found: [Int] = []
        table(address.family).forEachCovering(address.value, maxPrefix: .max, next: next) {
            found.append($0); return true
        }
        return narrowestFirst(found)
    }

    /// True when some rule covers `address` (not whether SendGrid allows it: see `allows`).
    public func isCovered(_ address: IPAddress) -> Bool {
        var covered = false
        table(address.family).forEachCovering(address.value, maxPrefix: .max, next: next) { _ in
            covered = true; return false
        }
        return covered
    }

    /// What SendGrid does: an empty list allows everyone, otherwise a covering rule is needed.
    public func allows(_ address: IPAddress) -> Bool { isEmpty || isCovered(address) }

    /// Rules whose range contains every address of `range` (equal ranges included), narrowest first, then by id.
    /// Non-empty means adding `range` would change nothing ("already covered by #12").
    public func rules(containing range: CIDR) -> [AllowRule] {
        var found: [Int] = []
        table(range.family).forEachCovering(range.network.value, maxPrefix: range.prefixLength, next: next) {
            found.append($0)
            return true
        }
        return ordered(narrowestFirst(found))
    }

    /// Rules that contain `range` or lie inside it (the terminal's containment filter), in list order.
    public func rules(overlapping range: CIDR) -> [AllowRule] {
        positions(overlapping: range).map { rules[$0] }
    }

    /// Positions in `rules` of the rules that contain `range` or lie inside it, ascending.
    public func positions(overlapping range: CIDR) -> [Int] {
        let family = table(range.family)
        var found: [Int] = []
        family.forEachCovering(range.network.value, maxPrefix: range.prefixLength, next: next) {
            found.append($0)
            return true
        }
        family.forEachInside(first: range.first.value, last: range.last.value, longerThan: range.prefixLength) {
            found.append($0)
        }
        return ascending(found)
    }

    /// The rule with this id (the first one if the list holds the id twice), or nil.
    public func rule(id: Int) -> AllowRule? { positionByID[id].map { rules[Int($0)] } }

    /// True when a rule with this id is in the list.
    public func contains(id: Int) -> Bool { positionByID[id] != nil }

    /// True when some rule covering `address` satisfies `predicate` (stops at the first one).
    func anyCovering(_ address: IPAddress, where predicate: (AllowRule) -> Bool) -> Bool {
        var found = false
        table(address.family).forEachCovering(address.value, maxPrefix: .max, next: next) {
            found = predicate(rules[$0])
            return !found
        }
        return found
    }

    /// How many rules carry one of `ids` (each present id once, unless the list repeats ids).
    func countRules(withIDs ids: Set<Int>) -> Int {
        if hasDuplicateIDs { return rules.reduce(0) { $0 + (ids.contains($1.id) ? 1 : 0) } }
        return ids.reduce(0) { $0 + (positionByID[$1] == nil ? 0 : 1) }
    }

    private func table(_ family: IPAddress.Family) -> FamilyCoverage { family == .v4 ? v4 : v6 }

    private func ordered(_ positions: [Int]) -> [AllowRule] { positions.map { rules[$0] } }

    /// Sorts positions by prefix length descending, then id, then position.
    private func narrowestFirst(_ positions: [Int]) -> [Int] {
        guard positions.count > 1 else { return positions }
        var keyed = positions.map { (prefix: -(rules[$0].range?.prefixLength ?? 0), id: rules[$0].id, position: $0) }
        keyed.sort { ($0.prefix, $0.id, $0.position) < ($1.prefix, $1.id, $1.position) }
        return keyed.map(\.position)
    }

    /// Sorts positions ascending; a sweep over a bitmap when they are many (a filter on /0 matches everything).
    private func ascending(_ positions: [Int]) -> [Int] {
        guard positions.count > 64, positions.count > rules.count / 16 else { return positions.sorted() }
        var marked = [Bool](repeating: false, count: rules.count)
        for p in positions { marked[p] = true }
        return marked.indices.filter { marked[$0] }
    }
}
