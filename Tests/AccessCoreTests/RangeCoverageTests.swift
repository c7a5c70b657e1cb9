import Testing

@testable import AccessCore

@Suite("RangeCoverage: how much of a range the rules cover")
struct RangeCoverageTests {
    @Test func aRuleCoveringHalfOfASlash23IsPartial() {
        let coverage = RangeCoverage(
            target: cidr("203.0.113.0/23"), rules: [rule(1, "203.0.113.0/24"), rule(2, "198.51.100.0/24")])
        #expect(!coverage.isCovered && coverage.isPartial)
        #expect(coverage.parts.map(\.rule.id) == [1])
        #expect(coverage.parts[0].addresses.description == "256")
        #expect(coverage.covered.description == "256")
        #expect(coverage.total.description == "512")
    }

    @Test func overlappingRulesAreCountedOnce() {
        let coverage = RangeCoverage(
            target: cidr("10.0.0.0/16"),
            rules: [rule(3, "10.0.1.0/24"), rule(1, "10.0.0.0/23"), rule(2, "10.0.0.7"), rule(4, "10.0.200.0/30")])
        #expect(coverage.parts.map(\.rule.id) == [1, 2, 3, 4])
        #expect(coverage.covered == AddressCount(hostBits: 9) + AddressCount(hostBits: 2))
        #expect(coverage.covered.description == "516")
        #expect(coverage.total.description == "65,536")
    }

    @Test func aCoveringRuleWinsAndPartsAreEmpty() {
        let coverage = RangeCoverage(
            target: cidr("10.1.0.0/24"), rules: [rule(1, "10.0.0.0/8"), rule(2, "10.1.0.0/25"), rule(3, "10.1.0.0/16")])
        #expect(coverage.isCovered && !coverage.isPartial)
        #expect(coverage.covering.map(\.id) == [3, 1])
        #expect(coverage.parts.isEmpty)
        #expect(coverage.covered == coverage.total)
    }

    @Test func nothingInsideIsNeitherCoveredNorPartial() {
        let coverage = RangeCoverage(
            target: cidr("192.0.2.0/24"), rules: [rule(1, "198.51.100.0/24"), rule(2, "::/0")])
        #expect(!coverage.isCovered && !coverage.isPartial)
        #expect(coverage.covered == .zero)
    }

    @Test func unparsableRulesCoverNothing() {
        let coverage = RangeCoverage(target: cidr("192.0.2.0/24"), rules: [rule(1, "nonsense")])
        #expect(!coverage.isPartial && coverage.covered == .zero)
    }

    @Test func ipv4SlashZeroCountsAllFourBillion() {
        let coverage = RangeCoverage(target: cidr("0.0.0.0/0"), rules: [rule(1, "0.0.0.0/1"), rule(2, "128.0.0.0/2")])
        #expect(coverage.total.description == "4,294,967,296")
        #expect(coverage.covered.description == "3,221,225,472")
    }

    @Test func ipv6CountsPastUInt64AndAllOf128Bits() {
        let half = RangeCoverage(target: cidr("2001:db8::/32"), rules: [rule(1, "2001:db8::/33")])
        #expect(half.covered.description == "2^95")
        #expect(half.total.description == "2^96")
        let everything = RangeCoverage(target: cidr("::/0"), rules: [rule(1, "::/1"), rule(2, "8000::/1")])
        #expect(everything.isPartial, "two halves, no single covering rule")
        #expect(everything.total.description == "2^128")
        #expect(everything.covered == everything.total)
        #expect(everything.covered.description == "2^128")
        let mixed = RangeCoverage(target: cidr("::/0"), rules: [rule(1, "::/1"), rule(2, "8000::/2"), rule(3, "::1")])
        #expect(mixed.covered.description == "255,211,775,190,703,847,597,530,955,573,826,158,592")
        #expect(mixed.covered < mixed.total)
    }

    @Test func countsAddAndCompare() {
        #expect(AddressCount(hostBits: 0).description == "1")
        #expect(AddressCount(hostBits: 127) + AddressCount(hostBits: 127) == AddressCount(hostBits: 128))
        #expect(AddressCount(hostBits: 40).description == "2^40")
        #expect((AddressCount(hostBits: 40) + AddressCount(hostBits: 0)).description == "1,099,511,627,777")
        #expect(AddressCount.zero < AddressCount(hostBits: 0))
        #expect(AddressCount(hostBits: 127) < AddressCount(hostBits: 128))
    }
}
