import AccessCore
import Testing

@testable import TerminalUI

/// Two cadences: the activity at the poll interval, the allow list at the list interval, each with its own
/// backoff, one timer for whichever is due first, and the list read at once whenever the app needs it fresh.
@Suite struct PollCadenceTests {
    static let now = Fixtures.now

    /// Runs the reducer for `seconds`: every armed poll timer fires on time and every GET answers at once with
    /// `rateLimit`. Returns how many GETs of each target went out (the first poll included).
    static func run(
        _ state: inout AppState, seconds: Int64, rateLimit: (Int64) -> RateLimit? = { _ in nil }
    ) -> [PollTarget: Int] {
        var counts: [PollTarget: Int] = [:]
        var timer: (at: Int64, action: Action)? = (now, .pollDue(generation: state.poll.generation))
        var clock = now
        while let (at, action) = timer, at <= now + seconds {
            clock = at
            var pending = reduce(&state, action)
            timer = nil
            while !pending.isEmpty {
                let effect = pending.removeFirst()
                switch effect {
                case .fetch(.rules):
                    counts[.rules, default: 0] += 1
                    pending += reduce(
                        &state, .rulesLoaded(RulesSnapshot(Fixtures.rules), rateLimit: rateLimit(clock), now: clock))
                case .fetch(.activity):
                    counts[.activity, default: 0] += 1
                    pending += reduce(
                        &state,
                        .activityLoaded(AttemptsSnapshot(Fixtures.attempts), rateLimit: rateLimit(clock), now: clock))
                case .schedule(let after, let due) where due.isPollDue: timer = (clock + Int64(after), due)
                default: break
                }
            }
        }
        return counts
    }

    @Test func overFiveMinutesTheListIsReadEveryMinuteAndTheActivityEveryFiveSeconds() {
        var state = AppState(config: Fixtures.config(), now: Self.now)
        let counts = Self.run(&state, seconds: 300)
        #expect(counts[.activity] == 61, "at 0, 5, …, 300")
        #expect(counts[.rules] == 6, "at 0, 60, …, 300")
    }

    @Test func theListIntervalIsConfigurableAndNeverShorterThanThePollInterval() {
        var config = Fixtures.config()
        config.listInterval = 20
        var state = AppState(config: config, now: Self.now)
        #expect(Self.run(&state, seconds: 100)[.rules] == 6)
        config.listInterval = 1
        #expect(AppState(config: config, now: Self.now).poll.listSchedule.interval == 5)
    }

    @Test func betweenListReadsOnlyTheActivityIsFetched() {
        var state = Fixtures.loaded()
        #expect(state.poll.nextPollAt == Self.now + 5)
        #expect(reduce(&state, .pollDue(generation: state.poll.generation)) == [.fetch(.activity)])
        let armed = reduce(
            &state, .activityLoaded(AttemptsSnapshot(Fixtures.attempts), rateLimit: nil, now: Self.now + 5))
        #expect(armed == [.schedule(after: 5, .pollDue(generation: state.poll.generation))])
        #expect(state.poll.due[.rules] == Self.now + 60)
    }

    @Test func rAndEveryChangeReadTheListAtOnce() {
        var state = Fixtures.loaded()
        #expect(press(&state, .character("r")) == [.fetch(.rules), .fetch(.activity)])
        _ = reduce(&state, .rulesLoaded(RulesSnapshot(Fixtures.rules), rateLimit: nil, now: Self.now + 1))
        _ = reduce(&state, .activityLoaded(AttemptsSnapshot(Fixtures.attempts), rateLimit: nil, now: Self.now + 1))
        #expect(state.poll.due[.rules] == Self.now + 61, "the list's minute counts from its last read")
        let removal = Mutation.remove([RuleRef(id: 21, ip: "192.0.2.7/32")])
        let after = reduce(&state, .mutationFinished(removal, .removed(ids: [21])))
        #expect(after.significant == [.fetch(.rules), .fetch(.activity), .loadLedger])
        _ = reduce(&state, .rulesLoaded(RulesSnapshot(Fixtures.rules), rateLimit: nil, now: Self.now + 2))
        let failed = Mutation.add([CIDR("192.0.2.50/32")!])
        #expect(
            reduce(&state, .mutationFinished(failed, .failed(FailureInfo(message: "no", isTransient: false))))
                .significant.contains(.fetch(.rules)), "a failed change re-reads too: it may have landed")
    }

    @Test func aTargetInFlightIsNeverFetchedTwiceButRepeatedOnce() {
        var state = Fixtures.loaded()
        #expect(reduce(&state, .pollDue(generation: state.poll.generation)) == [.fetch(.activity)])
        #expect(press(&state, .character("r")) == [.fetch(.rules)], "the activity is in flight: queued")
        let answered = reduce(
            &state, .activityLoaded(AttemptsSnapshot(Fixtures.attempts), rateLimit: nil, now: Self.now + 6))
        #expect(answered == [.fetch(.activity)], "the repeat goes out; the list in flight re-arms when it answers")
        #expect(state.poll.nextPollAt == nil)
    }

    @Test func eachTargetBacksOffOnItsOwn() {
        var state = Fixtures.loaded()
        let down = FailureInfo(message: "down", isTransient: true)
        _ = reduce(&state, .pollDue(generation: state.poll.generation))
        _ = reduce(&state, .pollFailed(down, now: Self.now + 5, target: .activity))
        #expect(state.poll.due[.activity] == Self.now + 10 && state.poll.retryAt == Self.now + 10)
        _ = reduce(&state, .pollDue(generation: state.poll.generation))
        _ = reduce(&state, .pollFailed(down, now: Self.now + 10, target: .activity))
        #expect(state.poll.due[.activity] == Self.now + 20, "doubled")
        #expect(state.poll.due[.rules] == Self.now + 60, "the list keeps its own minute")
        #expect(state.poll.listSchedule.failures == 0)
        // The list fails: it is retried after the activity's interval, not a minute later.
        _ = reduce(&state, .activityLoaded(AttemptsSnapshot(Fixtures.attempts), rateLimit: nil, now: Self.now + 60))
        _ = reduce(&state, .pollDue(generation: state.poll.generation))
        _ = reduce(&state, .pollFailed(down, now: Self.now + 65, target: .rules))
        #expect(state.poll.due[.rules] == Self.now + 70 && state.poll.retryAt == Self.now + 70)
        #expect(state.poll.activitySchedule.failures == 0)
        _ = reduce(&state, .rulesLoaded(RulesSnapshot(Fixtures.rules), rateLimit: nil, now: Self.now + 70))
        #expect(state.poll.due[.rules] == Self.now + 130 && state.poll.retryAt == nil)
    }

    @Test func staleTimersAndOtherAccountsTimersAreIgnored() {
        var state = Fixtures.loaded()
        let old = state.poll.generation
        _ = press(&state, .character("r"))
        _ = reduce(&state, .rulesLoaded(RulesSnapshot(Fixtures.rules), rateLimit: nil, now: Self.now + 1))
        #expect(reduce(&state, .pollDue(generation: old)).isEmpty, "re-armed since")
        let current = state.poll.generation
        #expect(reduce(&state, .forAccount(epoch: state.accountEpoch + 1, .pollDue(generation: current))).isEmpty)
        #expect(
            reduce(&state, .forAccount(epoch: state.accountEpoch, .pollDue(generation: current))) == [.fetch(.rules)],
            "the current timer, for the list due at its minute (the activity is still in flight)")
    }

    @Test func aShrinkingBudgetSlowsBothCadencesBeforeA429() {
        var state = Fixtures.loaded()
        _ = reduce(&state, .pollDue(generation: state.poll.generation))
        // 45 left of 600, 100 s to the reset: 15 usable above the reserve of 30, 21.7 needed at full pace.
        let tight = RateLimit(limit: 600, remaining: 45, reset: Self.now + 105)
        let armed = reduce(
            &state, .activityLoaded(AttemptsSnapshot(Fixtures.attempts), rateLimit: tight, now: Self.now + 5))
        #expect(state.poll.pace.isSlowed)
        #expect(armed == [.schedule(after: 8, .pollDue(generation: state.poll.generation))])
        let header = render(state, width: 120, height: 40).lines[1]
        #expect(header.contains("slowed: rate 45/600"))
        // Only the reserve left: wait for the reset.
        _ = reduce(&state, .pollDue(generation: state.poll.generation))
        let spent = RateLimit(limit: 600, remaining: 30, reset: Self.now + 105)
        let waiting = reduce(
            &state, .activityLoaded(AttemptsSnapshot(Fixtures.attempts), rateLimit: spent, now: Self.now + 13))
        #expect(waiting == [.schedule(after: 93, .pollDue(generation: state.poll.generation))])
        #expect(state.poll.due[.rules] == Self.now + 106, "the list, due at its minute, waits for the reset too")
        // A fresh window: back to the configured pace, and the header says so.
        _ = reduce(&state, .pollDue(generation: state.poll.generation))
        let fresh = RateLimit(limit: 600, remaining: 600, reset: Self.now + 166)
        _ = reduce(&state, .activityLoaded(AttemptsSnapshot(Fixtures.attempts), rateLimit: fresh, now: Self.now + 106))
        #expect(state.poll.due[.activity] == Self.now + 111 && !state.poll.pace.isSlowed)
        #expect(!render(state, width: 120, height: 40).lines[1].contains("slowed"))
    }

    @Test func overFiveMinutesOfATightBudgetThePollsNeverReachTheReserve() {
        var state = AppState(config: Fixtures.config(), now: Self.now)
        var remaining = 60  // of 600, the window resets at +300; every GET spends one
        let counts = Self.run(&state, seconds: 299) { _ in
            remaining -= 1
            return RateLimit(limit: 600, remaining: remaining, reset: Self.now + 300)
        }
        let sent = counts.values.reduce(0, +)
        #expect(sent < 60 - RatePace.reserve(limit: 600) + 2, "at most the usable budget (and the first poll)")
        #expect(remaining >= RatePace.reserve(limit: 600) - 1)
        #expect((counts[.activity] ?? 0) > 5, "slowed, not stopped")
    }

    @Test func theHeaderShowsTheListsOwnAgeOnceItIsOlder() {
        var state = Fixtures.loaded()
        #expect(render(state, width: 80, height: 24).lines[0].contains("· updated 0s ago  "), "one age when equal")
        _ = reduce(&state, .pollDue(generation: state.poll.generation))
        _ = reduce(&state, .activityLoaded(AttemptsSnapshot(Fixtures.attempts), rateLimit: nil, now: Self.now + 40))
        _ = reduce(&state, .tick(now: Self.now + 42))
        #expect(render(state, width: 80, height: 24).lines[0].contains("· updated 2s ago · list 42s ago"))
        #expect(state.tickChangesScreen(Self.now + 43))
    }
}

extension Action {
    var isPollDue: Bool {
        if case .pollDue = self { return true }
        return false
    }
}
