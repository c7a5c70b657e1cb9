/// How much of a range an allow list covers: the rules that cover all of it, or else the rules that lie inside it
/// and how many of its addresses they cover together. Pure; IPv4 and IPv6 alike, /0 included.
public struct RangeCoverage: Hashable, Sendable {
    /// A rule inside the range, with the addresses of the range it covers (all of its own).
    public struct Part: Hashable, Sendable {
        public let rule: AllowRule
        public let range: CIDR
        public var addresses: AddressCount { AddressCount(range) }
    }

    public let target: CIDR
    /// Rules whose range contains all of `target`, narrowest first (then by id).
    public let covering: [AllowRule]
    /// Rules strictly inside `target` (by network, then id); empty when `covering` is not.
    public let parts: [Part]
    /// Addresses of `target` that some rule covers (each counted once, however many rules overlap).
    public let covered: AddressCount
    /// All addresses of `target`.
    public var total: AddressCount { AddressCount(target) }

    /// True when one rule covers the whole range.
    public var isCovered: Bool { !covering.isEmpty }
    /// True when rules cover some but not all of it (several rules may add up to all of it).
    public var isPartial: Bool { covering.isEmpty && !parts.isEmpty }

    public init(target: CIDR, rules: [AllowRule]) {
        self.target = target
        let ranged = rules.compactMap { rule in rule.range.map { (rule: rule, range: $0) } }
        covering = ranged.filter { $0.range.contains(target) }
            .sorted { ($0.range.prefixLength, -$0.rule.id) > ($1.range.prefixLength, -$1.rule.id) }
            .map(\.rule)
        guard covering.isEmpty else {
            parts = []
            covered = AddressCount(target)
            return
        }
        let inside = ranged.filter { target.contains($0.range) }
            .sorted { ($0.range, $0.rule.id) < ($1.range, $1.rule.id) }
        parts = inside.map { Part(rule: $0.rule, range: $0.range) }
        covered = RangeCoverage.union(of: inside.map(\.range))
    }

    /// The addresses of the union of `ranges`, sorted by network then prefix: two ranges are nested or disjoint,
    /// so every range inside the last kept one is skipped and the rest are summed.
    static func union(of sortedRanges: [CIDR]) -> AddressCount {
        var total = AddressCount.zero
        var last: CIDR?
        for range in sortedRanges {
            if let last, last.contains(range) { continue }
            total = total + AddressCount(range)
            last = range
        }
        return total
    }
}
