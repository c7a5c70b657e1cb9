import AccessCore
import Testing

@testable import TerminalUI

/// `RulesSnapshot.building` (the coverage index on another thread) gives the state the one-thread build gives.
@Suite struct ConcurrentSnapshotTests {
    @Test(arguments: ["", "198.51", "203.0.113.9"])
    func aSnapshotBuiltOnTwoThreadsEqualsOneBuiltOnOne(_ filter: String) async {
        var one = Fixtures.loaded()
        one.rules.setFilter(filter, page: 10)
        var two = one
        let basis = one.ingestBasis
        _ = reduce(&one, .rulesLoaded(RulesSnapshot(IngestRaceTests.changed, basis: basis), rateLimit: nil, now: 1))
        let built = await RulesSnapshot.building(IngestRaceTests.changed, basis: basis)
        #expect(!built.isUnchanged)
        _ = reduce(&two, .rulesLoaded(built, rateLimit: nil, now: 1))
        #expect(two == one)
        #expect(two.rules.rows.map(\.id) == [12, 15, 30, 31, 40])
    }

    @Test func anUnchangedListBuildsNothing() async {
        let state = Fixtures.loaded()
        let built = await RulesSnapshot.building(state.rules.rules, basis: state.ingestBasis)
        #expect(built.isUnchanged)
    }
}
