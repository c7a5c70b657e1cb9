import AccessCore
import Testing

@testable import TerminalUI

/// The shortcuts of the snapshot build (keys computed once, no sort for a list already in order, the search keys
/// written straight into the buffer) give what the plain definitions give.
@Suite struct RuleBuildShortcutTests {
    static let texts = ["10.0.0.1/32", "2001:DB8::/32", "Bad Text", "192.0.2.0/24", "10.0.0.0/8", "198.51.100.7/32"]

    static func rows(ids: [Int]) -> [RuleRow] {
        ids.enumerated().map { at, id in
            RuleRow(
                rule: AllowRule(
                    id: id, ip: texts[at % texts.count], createdAt: Int64(1000 - at % 3), updatedAt: 0))
        }
    }

    /// The order by the definition: a sort of all positions by (key, id) at every comparison.
    static func reference(_ rows: [RuleRow], _ settings: RulesPane.Settings) -> [Int] {
        func key(_ r: RuleRow) -> (Int, UInt128, Int) {
            switch settings.sort {
            case .id: return (0, 0, r.id)
            case .range:
                return (r.rule.range.map { $0.family == .v4 ? 0 : 1 } ?? 2, r.rule.range?.network.value ?? 0, r.id)
            case .size: return (r.rule.range.map { $0.family.bitWidth - $0.prefixLength } ?? -1, 0, r.id)
            case .age: return (0, UInt128(truncatingIfNeeded: r.rule.createdAt), r.id)
            }
        }
        return Array(rows.indices).sorted {
            settings.ascending ? key(rows[$0]) < key(rows[$1]) : key(rows[$0]) > key(rows[$1])
        }
    }

    @Test(arguments: [[1, 2, 3, 4, 5, 6, 7], [7, 3, 9, 1, 2, 8], [5], [], [1, 2, 40, 41, 100, 7000]])
    func theOrderIsTheSortedOrderForEverySortAndDirection(_ ids: [Int]) {
        let rows = Self.rows(ids: ids)
        for sort in RuleSort.allCases {
            for ascending in [true, false] {
                var settings = RulesPane.Settings()
                settings.sort = sort
                settings.ascending = ascending
                #expect(RulesPane.order(rows, settings) == Self.reference(rows, settings), "\(sort) \(ascending)")
            }
        }
    }

    @Test func aListInIdOrderComesBackAsItIsOrReversed() {
        let rows = Self.rows(ids: Array(1...50))
        var settings = RulesPane.Settings()
        #expect(RulesPane.order(rows, settings) == Array(0..<50))
        settings.ascending = false
        #expect(RulesPane.order(rows, settings) == Array((0..<50).reversed()))
    }

    @Test func repeatedIdsAreSortedAsBefore() {
        let rows = Self.rows(ids: [3, 3, 1, 2, 2])
        var settings = RulesPane.Settings()
        settings.ascending = false
        #expect(RulesPane.order(rows, settings).map { rows[$0].id } == [3, 3, 2, 2, 1])
    }

    @Test(arguments: ["", "#1", "#10 ", "0 1", "db8", "BAD", "#-5", "7000 ", "/32", "#0 "])
    func theSearchIndexOfIdsAndTextsMatchesAsTheIndexOfTheirKeys(_ needle: String) {
        let ids = [0, 1, 9, 10, 99, 100, 7000, -5, Int.max]
        let texts = ids.indices.map { Self.texts[$0 % Self.texts.count] }
        let keys = zip(ids, texts).map { "#\($0) \($1)" }
        #expect(SearchIndex(ids: ids, texts: texts) == SearchIndex(keys: keys))
        #expect(SearchIndex(ids: ids, texts: texts).matches(needle) == SearchIndex(keys: keys).matches(needle))
    }

    @Test func aRowsSizeIsTheSizeOfItsRange() {
        let rows = Self.rows(ids: [1, 2, 3])
        #expect(rows.map(\.size) == ["1", "2^96", "?"])
    }
}
