/// The coverage index of one address family: a hash table from (masked network, prefix length) to the rules with
/// that range, plus every range sorted by network for "which rules lie inside this range".
///
/// A lookup masks the address once per prefix length present (at most 33 or 129 hash probes, usually a handful), so
/// its cost does not grow with the number of rules. Positions are indexes into the owning `CoverageIndex.rules`.
struct FamilyCoverage: Sendable {
    struct Entry: Sendable {
        let network: UInt128
        let prefixLength: Int
        let position: Int32
    }

    /// Prefix lengths that occur, longest first.
    private(set) var lengths: [Int] = []
    /// The first position of the chain of rules `network/p`; `next` links the chain.
    private var heads: PrefixHashTable
    private var masks: [UInt128]
    /// Every range of this family, sorted by (network, prefix length, position).
    private(set) var sorted: [Entry] = []

    init(family: IPAddress.Family, entries: [Entry], next: inout [Int32]) {
        let width = family.bitWidth
        masks = (0...width).map { CIDR.mask(family: family, prefixLength: $0) }
        var counts = [Int](repeating: 0, count: width + 1)
        for e in entries { counts[e.prefixLength] += 1 }
        heads = PrefixHashTable(capacityFor: entries.count)
        lengths = (0...width).reversed().filter { counts[$0] > 0 }
        // Walk backwards so each chain lists its rules in list order.
        for e in entries.reversed() {
            if let head = heads.updateHead(network: e.network, prefix: e.prefixLength, position: e.position) {
                next[Int(e.position)] = head
            }
        }
        sorted = entries.sorted {
            ($0.network, $0.prefixLength, $0.position) < ($1.network, $1.prefixLength, $1.position)
        }
    }

    /// Calls `body` with each rule position whose range contains `value`, longest prefix first, in list order within
    /// a prefix length, until `body` returns false. Only prefix lengths `<= maxPrefix` are considered (for "contains
    /// the whole range").
    func forEachCovering(_ value: UInt128, maxPrefix: Int, next: [Int32], _ body: (Int) -> Bool) {
        for length in lengths where length <= maxPrefix {
            guard var position = heads.head(network: value & masks[length], prefix: length) else { continue }
            while position >= 0 {
                if !body(Int(position)) { return }
                position = next[Int(position)]
            }
        }
    }

    /// Calls `body` with each rule position whose network lies in `first...last` and whose prefix is longer than
    /// `minPrefix` (strictly inside a range with that prefix).
    func forEachInside(first: UInt128, last: UInt128, longerThan minPrefix: Int, _ body: (Int) -> Void) {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid].network < first { low = mid + 1 } else { high = mid }
        }
        var i = low
        while i < sorted.count, sorted[i].network <= last {
            if sorted[i].prefixLength > minPrefix { body(Int(sorted[i].position)) }
            i += 1
        }
    }
}
