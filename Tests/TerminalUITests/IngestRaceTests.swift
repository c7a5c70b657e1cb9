import AccessCore
import Testing

@testable import TerminalUI

/// Snapshots are built off the main actor for the state as it was when the request went out; the reducer must
/// show what the state is now, never what the snapshot was built for.
@Suite struct IngestRaceTests {
    static let extra = AllowRule(id: 40, ip: "198.51.100.200/32", createdAt: Fixtures.now - 5, updatedAt: Fixtures.now)
    static let changed = Fixtures.rules.filter { $0.id != 21 } + [extra]

    @Test func aSnapshotBuiltForTheStateEqualsOneRedoneOnTheMainActor() {
        var fast = Fixtures.loaded()
        var slow = fast
        _ = reduce(&fast, .rulesLoaded(RulesSnapshot(Self.changed, basis: fast.ingestBasis), rateLimit: nil, now: 1))
        _ = reduce(&slow, .rulesLoaded(RulesSnapshot(Self.changed), rateLimit: nil, now: 1))
        #expect(fast == slow)
        #expect(fast.rules.rows.map(\.id) == [12, 15, 30, 31, 40])
    }

    @Test func aFilterTypedWhileTheListWasBuiltFiltersTheNewList() {
        var state = Fixtures.loaded()
        let basis = state.ingestBasis
        state.rules.setFilter("198.51", page: 10)
        _ = reduce(&state, .rulesLoaded(RulesSnapshot(Self.changed, basis: basis), rateLimit: nil, now: 1))
        #expect(state.rules.visible.map { state.rules.rows[$0].id } == [15, 40])
        #expect(state.rules.filter == "198.51")
    }

    @Test func aSortChosenWhileTheListWasBuiltOrdersTheNewList() {
        var state = Fixtures.loaded()
        let basis = state.ingestBasis
        state.rules.setSort(.age, ascending: false, page: 10)
        _ = reduce(&state, .rulesLoaded(RulesSnapshot(Self.changed, basis: basis), rateLimit: nil, now: 1))
        #expect(
            state.rules.visible.map { state.rules.rows[$0].id }
                == [31, 12, 40, 15, 30].sorted {
                    let age = Dictionary(uniqueKeysWithValues: Self.changed.map { ($0.id, $0.createdAt) })
                    return (age[$0]!, $0) > (age[$1]!, $1)
                })
    }

    @Test func theSelectionAndTheMarksThatStillExistAreKept() {
        var state = Fixtures.loaded()
        let at = state.rules.visible.firstIndex { state.rules.rows[$0].id == 31 }!
        state.rules.list.set(at, count: state.rules.visible.count, page: 10)
        state.rules.marked = [31, 21]
        _ = reduce(&state, .rulesLoaded(RulesSnapshot(Self.changed, basis: state.ingestBasis), rateLimit: nil, now: 1))
        #expect(state.rules.selected?.id == 31)
        #expect(state.rules.marked == [31])
    }

    @Test func anUnchangedAnswerAboutAListSwappedOutSinceIsComparedAgain() {
        var state = Fixtures.loaded()
        let basis = state.ingestBasis  // the fixture list
        let unchanged = RulesSnapshot(Fixtures.rules, basis: basis)
        #expect(unchanged.isUnchanged)
        // A re-read crossing the poll brings another list first.
        _ = reduce(&state, .rulesLoaded(RulesSnapshot(Self.changed, basis: basis), rateLimit: nil, now: 1))
        _ = reduce(&state, .rulesLoaded(unchanged, rateLimit: nil, now: 2))
        #expect(state.rules.rows.map(\.id) == Fixtures.rules.map(\.id))
    }

    @Test func attemptsTriagedAgainstAnOldListAreTriagedAgainstTheCurrentOne() {
        var state = Fixtures.loaded()
        let basis = state.ingestBasis
        let covering = AllowRule(id: 50, ip: "192.0.2.0/24", createdAt: Fixtures.now, updatedAt: Fixtures.now)
        _ = reduce(
            &state,
            .rulesLoaded(RulesSnapshot(Fixtures.rules + [covering], basis: state.ingestBasis), rateLimit: nil, now: 1))
        let fresh = Array(Fixtures.attempts.dropLast())
        var reference = state
        _ = reduce(&state, .activityLoaded(AttemptsSnapshot(fresh, basis: basis), rateLimit: nil, now: 2))
        _ = reduce(
            &reference, .activityLoaded(AttemptsSnapshot(fresh, basis: reference.ingestBasis), rateLimit: nil, now: 2))
        #expect(state.attempts == reference.attempts)
        let row = state.attempts.rows.first { $0.ip == "192.0.2.99" }
        #expect(row?.coveringRuleIDs == [50])
    }

    @Test func aChangedListRetriagesTheAttemptsOnScreen() {
        var state = Fixtures.loaded()
        let covering = AllowRule(id: 50, ip: "192.0.2.0/24", createdAt: Fixtures.now, updatedAt: Fixtures.now)
        let snapshot = RulesSnapshot(Fixtures.rules + [covering], basis: state.ingestBasis)
        #expect(snapshot.attempts != nil, "built with the attempts of its basis")
        _ = reduce(&state, .rulesLoaded(snapshot, rateLimit: nil, now: 1))
        #expect(state.attempts.rows.first { $0.ip == "192.0.2.99" }?.coveringRuleIDs == [50])
    }
}
