import AccessCore
import Testing

@testable import TerminalUI

/// A rule wider than /16 (IPv4) or /48 (IPv6), or an entry wider than it looks, never goes in with one Enter.
@Suite struct WideAddTests {
    func typing(_ text: String) -> (AppState, [Effect]) {
        var state = Fixtures.loaded()
        press(&state, .character("n"))
        type(&state, text)
        let effects = press(&state, .enter)
        return (state, effects)
    }

    @Test func theWholeInternetNeedsTheRangeTyped() throws {
        let (state, effects) = typing("0.0.0.0/0")
        #expect(effects.adds.isEmpty)
        let dialog = try #require(state.confirm)
        #expect(dialog.typed?.expected == "0.0.0.0/0")
        #expect(
            dialog.lines.contains(
                "0.0.0.0/0 allows 4,294,967,296 addresses: the whole IPv4 internet — SendGrid would in effect stop filtering."
            ))
        var s = state
        #expect(pressOnly(&s, .character("y")).isEmpty)
        press(&s, .control("u"))
        type(&s, "0.0.0.0/0")
        #expect(press(&s, .enter).adds.map(\.0) == [["0.0.0.0/0"]])
    }

    @Test func ipv6EverythingNeedsTheRangeTyped() {
        let (state, effects) = typing("::/0")
        #expect(effects.adds.isEmpty)
        #expect(state.confirm?.typed?.expected == "::/0")
    }

    @Test(arguments: ["0.0.0.0/1", "128.0.0.0/1", "10.0.0.0/15", "2001::/16", "2001:db8::/47"])
    func wideRangesAsk(_ text: String) throws {
        let (state, effects) = typing(text)
        #expect(effects.adds.isEmpty, "\(text) went in with one Enter")
        let dialog = try #require(state.confirm)
        #expect(dialog.typed == nil)
        #expect(dialog.lines.contains { $0.contains("of the IPv") && $0.contains("allows") })
        var s = state
        #expect(press(&s, .character("y")).adds.count == 1)
    }

    @Test func aHostWithPrefixZeroSaysWhatItMeans() throws {
        let (state, effects) = typing("252.79.32.70/0")
        #expect(effects.adds.isEmpty)
        let dialog = try #require(state.confirm)
        #expect(dialog.typed?.expected == "0.0.0.0/0")
        #expect(
            dialog.lines.contains {
                $0.hasPrefix("“252.79.32.70/0” means 0.0.0.0/0, which allows 4,294,967,296 addresses")
            })
    }

    @Test func wildcardsForEverythingNeedTheRangeTyped() {
        let (state, effects) = typing("*.*.*.*")
        #expect(effects.adds.isEmpty)
        #expect(state.confirm?.typed?.expected == "0.0.0.0/0")
    }

    @Test(arguments: ["198.51.100.0/24", "10.20.0.0/16", "2001:db8:1::/48", "198.51.100.99"])
    func narrowRangesGoAtOnce(_ text: String) {
        let (state, effects) = typing(text)
        #expect(state.overlay == nil)
        #expect(effects.adds.count == 1, "\(text) should not ask")
    }

    @Test func undoOfAWideRangeStatesItsSize() throws {
        var state = Fixtures.loaded(
            rules: Fixtures.rules + [
                AllowRule(id: 40, ip: "100.0.0.0/8", createdAt: Fixtures.now, updatedAt: Fixtures.now)
            ])
        select(&state, ip: "100.0.0.0/8")
        let removal = press(&state, .character("d"), .character("y")).removes[0].1
        _ = reduce(&state, .mutationFinished(removal, .removed(ids: [40])))
        _ = reduce(&state, .rulesLoaded(RulesSnapshot(Fixtures.rules), rateLimit: nil, now: Fixtures.now + 1))
        let record = JournalNotesTests.removal("3f9a1c2b", of: JournalRule(id: 40, ip: "100.0.0.0/8"), at: Fixtures.now)
        _ = reduce(&state, .ledgerLoaded(LedgerSnapshot(records: [record]), reconciled: []))
        #expect(pressOnly(&state, .character("u")).isEmpty)
        let dialog = try #require(state.confirm)
        #expect(dialog.lines.contains("100.0.0.0/8 allows 16,777,216 addresses: 1/256 of the IPv4 internet."))
    }
}
