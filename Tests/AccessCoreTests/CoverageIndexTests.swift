import Testing

@testable import AccessCore

@Suite struct CoverageIndexTests {
    let rules = [
        rule(1, "10.0.0.0/8"),
        rule(2, "10.1.0.0/16"),
        rule(3, "10.1.2.0/24"),
        rule(4, "10.1.2.3"),
        rule(5, "10.1.2.0/24"),  // duplicate range
        rule(6, "203.0.113.0/24"),
        rule(7, "2001:db8::/32"),
        rule(8, "2001:db8:1::/48"),
        rule(9, "not an address"),
        rule(10, "0.0.0.0/0"),
    ]

    @Test func coveringIsNarrowestFirstThenByID() {
        let index = CoverageIndex(rules: rules)
        #expect(index.rules(covering: ip("10.1.2.3")).map(\.id) == [4, 3, 5, 2, 1, 10])
        #expect(index.rules(covering: ip("10.1.2.4")).map(\.id) == [3, 5, 2, 1, 10])
        #expect(index.rules(covering: ip("10.200.0.1")).map(\.id) == [1, 10])
        #expect(index.rules(covering: ip("192.0.2.1")).map(\.id) == [10])
        #expect(index.rules(covering: ip("2001:db8:1::5")).map(\.id) == [8, 7])
        #expect(index.rules(covering: ip("2001:db9::1")).isEmpty)
        #expect(index.positions(covering: ip("203.0.113.9")) == [5, 9])
    }

    @Test func familiesNeverMix() {
        let index = CoverageIndex(rules: [rule(1, "0.0.0.0/0")])
        #expect(!index.isCovered(ip("::1")))
        #expect(!index.isCovered(ip("::ffff:10.0.0.1")))
        #expect(CoverageIndex(rules: [rule(1, "::/0")]).isCovered(ip("2001:db8::1")))
        #expect(!CoverageIndex(rules: [rule(1, "::/0")]).isCovered(ip("10.0.0.1")))
    }

    @Test func unparsableRulesCoverNothingButKeepTheListNonEmpty() {
        let index = CoverageIndex(rules: [rule(1, "garbage"), rule(2, "10.0.0.256")])
        #expect(!index.isEmpty)
        #expect(index.count == 2)
        #expect(!index.isCovered(ip("10.0.0.1")))
        #expect(!index.allows(ip("10.0.0.1")))
        #expect(index.unparsableRules.map(\.id) == [1, 2])
    }

    @Test func emptyListAllowsEveryone() {
        let index = CoverageIndex(rules: [])
        #expect(index.isEmpty)
        #expect(!index.isCovered(ip("10.0.0.1")))
        #expect(index.allows(ip("10.0.0.1")))
        #expect(index.allows(ip("2001:db8::1")))
        #expect(index.rules(overlapping: cidr("0.0.0.0/0")).isEmpty)
    }

    @Test func containingAndOverlapping() {
        let index = CoverageIndex(rules: rules)
        #expect(index.rules(containing: cidr("10.1.2.0/25")).map(\.id) == [3, 5, 2, 1, 10])
        #expect(index.rules(containing: cidr("10.1.2.0/24")).map(\.id) == [3, 5, 2, 1, 10])
        #expect(index.rules(containing: cidr("10.1.0.0/15")).map(\.id) == [1, 10])
        #expect(index.rules(overlapping: cidr("10.1.0.0/16")).map(\.id) == [1, 2, 3, 4, 5, 10])
        #expect(index.rules(overlapping: cidr("10.1.2.3")).map(\.id) == [1, 2, 3, 4, 5, 10])
        #expect(index.rules(overlapping: cidr("0.0.0.0/0")).map(\.id) == [1, 2, 3, 4, 5, 6, 10])
        #expect(index.rules(overlapping: cidr("2001:db8::/16")).map(\.id) == [7, 8])
        #expect(index.rules(overlapping: cidr("2001:db8:1:2::/64")).map(\.id) == [7, 8])
        #expect(index.rules(overlapping: cidr("2001:db8:2::/48")).map(\.id) == [7])
        #expect(index.positions(overlapping: cidr("203.0.113.128/25")) == [5, 9])
    }

    @Test func idLookup() {
        let index = CoverageIndex(rules: rules)
        #expect(index.rule(id: 6)?.ip == "203.0.113.0/24")
        #expect(index.rule(id: 99) == nil)
        #expect(index.contains(id: 9))
        #expect(!index.contains(id: 0))
    }

    /// The index against a linear scan, on random lists with nested, overlapping and duplicate ranges.
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func matchesANaiveScan(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let rules = AddressFactory.rules(&rng, count: Int.random(in: 0...400, using: &rng))
        let index = CoverageIndex(rules: rules)
        var failures: [String] = []
        for _ in 0..<300 {
            let address = AddressFactory.address(&rng)
            let expected = Array(rules.enumerated()).filter { $0.element.range?.contains(address) == true }
                .sorted { a, b in
                    (b.element.range!.prefixLength, a.element.id, a.offset) < (
                        a.element.range!.prefixLength, b.element.id, b.offset
                    )
                }
            let range = AddressFactory.range(&rng)
            let overlapping = rules.indices.filter { rules[$0].range?.overlaps(range) == true }
            let containing = Set(rules.filter { $0.range?.contains(range) == true }.map(\.id))
            if index.positions(covering: address) != expected.map(\.offset)
                || index.rules(covering: address) != expected.map(\.element)
                || index.isCovered(address) == expected.isEmpty
                || index.allows(address) != (rules.isEmpty || !expected.isEmpty)
                || index.positions(overlapping: range) != overlapping
                || Set(index.rules(containing: range).map(\.id)) != containing
            {
                failures.append("\(address) / \(range)")
            }
        }
        let mismatches = failures.count
        #expect(mismatches == 0, "first mismatches: \(failures.prefix(5)) in \(rules.map(\.ip))")
    }

    /// A larger list so the hash table probes, wraps around and chains duplicates.
    @Test func largeListMatchesANaiveScan() {
        var rng = SeededGenerator(seed: 77)
        let rules = AddressFactory.rules(&rng, count: 3000)
        let index = CoverageIndex(rules: rules)
        var failures: [IPAddress] = []
        var matchCounts = Set<Int>()
        for _ in 0..<200 {
            let address = AddressFactory.address(&rng)
            let expected = rules.filter { $0.range?.contains(address) == true }.map(\.id)
            let actual = index.rules(covering: address).map(\.id)
            if Set(actual) != Set(expected) || actual.count != expected.count { failures.append(address) }
            matchCounts.insert(expected.count)
        }
        let mismatches = failures.count
        #expect(mismatches == 0, "first mismatches: \(failures.prefix(5))")
        #expect(matchCounts.count > 3, "nesting depths seen: \(matchCounts)")
    }

    @Test func wideOverlapUsesTheSweepAndKeepsListOrder() {
        var rng = SeededGenerator(seed: 99)
        let rules = AddressFactory.rules(&rng, count: 3000)
        let index = CoverageIndex(rules: rules)
        let expected = rules.indices.filter { rules[$0].range?.family == .v4 }
        #expect(index.positions(overlapping: cidr("0.0.0.0/0")) == expected)
    }
}
