import AccessCore
import Testing

@testable import TerminalUI

/// A long list's first screen, shown while its snapshot is built: the rows the snapshot will show first, and nothing
/// that decides.
@Suite struct RulesPreviewTests {
    /// `count` rules with shuffled ids, ranges, sizes and ages (a list the API did not send in id order).
    static func shuffled(_ count: Int, seed: UInt64) -> [AllowRule] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { i in
            let prefix = [32, 24, 16, 30][Int.random(in: 0..<4, using: &rng)]
            let address = IPAddress(v4: UInt32.random(in: 0...UInt32.max, using: &rng))
            return AllowRule(
                id: Int.random(in: 1...(count * 2), using: &rng), range: CIDR(address: address, prefixLength: prefix),
                createdAt: Int64.random(in: 0...1_000, using: &rng), updatedAt: 0)
        }.enumerated().map { at, rule in
            at % 97 == 0 ? AllowRule(id: rule.id, ip: "junk \(at)", createdAt: 5, updatedAt: 5) : rule  // no range
        }
    }

    @Test(arguments: RuleSort.allCases)
    func thePreviewHoldsTheFirstRowsOfTheSnapshotsOrder(_ sort: RuleSort) {
        for ascending in [true, false] {
            var settings = RulesPane.Settings()
            settings.sort = sort
            settings.ascending = ascending
            let rules = Self.shuffled(
                6_000, seed: UInt64(RuleSort.allCases.firstIndex(of: sort)! * 2 + (ascending ? 1 : 2)))
            let preview = try! #require(RulesPreview(rules, settings: settings, mine: []))
            let rows = rules.map(RuleRow.init(rule:))
            let full = RulesPane.order(rows, settings).prefix(RulesPreview.rowLimit).map { rows[$0] }
            #expect(preview.rows == Array(full), "sort \(sort) ascending \(ascending)")
            #expect(preview.count == rules.count)
        }
    }

    @Test func aListInIDOrderNeedsNoSort() {
        let rules = Fixtures.manyRules(6_000)
        let preview = try! #require(RulesPreview(rules, settings: RulesPane.Settings(), mine: []))
        #expect(preview.rows.map(\.id) == Array(1000..<(1000 + RulesPreview.rowLimit)))
    }

    @Test func shortListsAndFilteredPanesHaveNone() {
        #expect(RulesPreview(Fixtures.manyRules(100), settings: RulesPane.Settings(), mine: []) == nil)
        var filtered = RulesPane.Settings()
        filtered.filter = "10."
        #expect(RulesPreview(Fixtures.manyRules(6_000), settings: filtered, mine: []) == nil)
    }

    @Test func rowsCoveringMyAddressesAreMarked() {
        let rules = [AllowRule(id: 1, ip: "203.0.113.0/24", createdAt: 0, updatedAt: 0)] + Fixtures.manyRules(6_000)
        let preview = try! #require(RulesPreview(rules, settings: RulesPane.Settings(), mine: [Fixtures.me]))
        #expect(preview.mine == [0])
    }

    /// Shown only while the pane has no list; swapped out by the snapshot; never a basis for a dialog.
    @Test func thePreviewIsShownOnlyUntilTheListIsTakenIn() throws {
        var state = AppState(config: Fixtures.config(), now: Fixtures.now, width: 120, height: 40)
        let rules = Fixtures.manyRules(6_000)
        let preview = try #require(RulesPreview(rules, settings: state.rules.settings, mine: state.myAddresses))
        #expect(reduce(&state, .rulesPreview(preview)).isEmpty)
        #expect(state.rules.preview == preview)
        #expect(!state.rules.isLoaded)
        let screen = render(state, width: 120, height: 40).lines.joined(separator: "\n")
        #expect(screen.contains("6000 rules, indexing…"))
        #expect(screen.contains("#1000  172.16.0.0/32"))
        #expect(press(&state, .character("d")).isEmpty, "nothing to remove while the list is not taken in")
        #expect(state.overlay == nil)

        _ = reduce(&state, .rulesLoaded(RulesSnapshot(rules), rateLimit: nil, now: Fixtures.now))
        #expect(state.rules.preview == nil)
        #expect(state.rules.isLoaded)
        _ = reduce(&state, .rulesPreview(preview))
        #expect(state.rules.preview == nil, "a late preview is dropped")
    }

    @Test func aPreviewMadeForAnotherSortIsDropped() throws {
        var state = AppState(config: Fixtures.config(), now: Fixtures.now, width: 120, height: 40)
        var other = RulesPane.Settings()
        other.sort = .age
        let preview = try #require(RulesPreview(Fixtures.manyRules(6_000), settings: other, mine: []))
        _ = reduce(&state, .rulesPreview(preview))
        #expect(state.rules.preview == nil)
    }

    /// Attempts read before the list say why their status is unknown: the list is still being read, or unreadable.
    @Test func attemptsBeforeTheListSayWhyTheirStatusIsUnknown() {
        var state = AppState(config: Fixtures.config(), now: Fixtures.now, width: 160, height: 40)
        _ = reduce(&state, .activityLoaded(AttemptsSnapshot(Fixtures.attempts), rateLimit: nil, now: Fixtures.now))
        func screen() -> String { render(state, width: 160, height: 40).lines.joined(separator: "\n") }
        #expect(screen().contains("status now unknown (list still being read)"))
        _ = reduce(
            &state,
            .pollFailed(
                FailureInfo(message: "SendGrid timed out.", isTransient: true), now: Fixtures.now, target: .rules))
        #expect(screen().contains("status now unknown (list unreadable)"))
    }
}
