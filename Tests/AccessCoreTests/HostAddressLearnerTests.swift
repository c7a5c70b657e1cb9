import Testing

@testable import AccessCore

/// A toy SendGrid activity feed: each caller's row keeps its latest attempt, like the aggregated API.
struct ActivityFeed {
    private(set) var rows: [String: AccessAttempt] = [:]

    mutating func call(_ ip: String, _ method: String = "API", at time: Int64) {
        let first = rows[ip + method]?.firstAt ?? time
        rows[ip + method] = AccessAttempt(
            ip: ip, allowed: true, authMethod: method, location: "", firstAt: first, lastAt: time)
    }

    var snapshot: [AccessAttempt] { rows.keys.sorted().compactMap { rows[$0] } }
}

@Suite struct HostAddressLearnerTests {
    let host = "198.51.100.7"

    /// Our polls every `interval` seconds from `start`: each one calls the API from `host` and then reads the feed.
    func poll(
        _ learner: inout HostAddressLearner, _ feed: inout ActivityFeed, times: Int, start: Int64 = 1_700_000_000,
        interval: Int64 = 5, from host: String? = nil, neighbours: (inout ActivityFeed, Int64) -> Void = { _, _ in }
    ) {
        for n in 0..<Int64(times) {
            let now = start + n * interval
            neighbours(&feed, now)
            feed.call(host ?? self.host, at: now)
            learner.observe(feed.snapshot, polledAt: now)
        }
    }

    @Test func oneCandidateIsLearnedAtTheThirdComparison() {
        var learner = HostAddressLearner()
        var feed = ActivityFeed()
        feed.call("203.0.113.10", "API", at: 1_699_999_000)  // an old row that never moves
        poll(&learner, &feed, times: 3)
        #expect(learner.learned.isEmpty, "the first snapshot is a baseline, then two comparisons")
        #expect(learner.streak(of: ip(host)) == 2)
        poll(&learner, &feed, times: 1, start: 1_700_000_015)
        #expect(learner.learned == [ip(host)])
        #expect(learner.comparisons == 3)
        #expect(learner.moving == [ip(host)])
        #expect(learner.streak(of: ip("203.0.113.10")) == 0)
    }

    @Test func severalAddressesInStepAreAllLearned() {
        var learner = HostAddressLearner()
        var feed = ActivityFeed()
        poll(&learner, &feed, times: 4) { feed, now in
            feed.call("2001:db8::7", at: now)
            feed.call("192.0.2.44", at: now)
        }
        #expect(learner.learned == [ip("192.0.2.44"), ip(host), ip("2001:db8::7")], "sorted within one poll")
    }

    @Test func nothingIsLearnedWithoutAPIRowsOrFromRowsThatNeverMove() {
        var empty = HostAddressLearner()
        for n in 0..<10 { empty.observe([], polledAt: 1_700_000_000 + Int64(n) * 5) }
        #expect(empty.learned.isEmpty && empty.comparisons == 9)

        var still = HostAddressLearner()
        var feed = ActivityFeed()
        feed.call("203.0.113.10", at: 1_699_000_000)
        feed.call("192.0.2.1", at: 1_699_000_500)
        for n in 0..<10 { still.observe(feed.snapshot, polledAt: 1_700_000_000 + Int64(n) * 5) }
        #expect(still.learned.isEmpty)
        #expect(still.streaks.isEmpty)
    }

    /// Seeded neighbours: one polling every 60 s, one every 10 s, one at a random period of 11–17 s (never three of
    /// our polls in a row), one only through the web console (every second), while we poll every 5 s. Each starts
    /// at a random phase. Only this host is learned.
    @Test(arguments: [1, 2, 3, 42, 2026] as [UInt64])
    func noisyNeighboursAtOtherRhythmsAreNotLearned(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let phase60 = Int64.random(in: 0..<60, using: &rng)
        let phase10 = Int64.random(in: 0..<10, using: &rng)
        let period = Int64.random(in: 11...17, using: &rng)
        let phaseRandom = Int64.random(in: 0..<period, using: &rng)
        var learner = HostAddressLearner()
        var feed = ActivityFeed()
        poll(&learner, &feed, times: 60) { feed, now in
            // Everything that happened since our previous poll, second by second.
            for t in (now - 4)...now {
                let second = t - 1_700_000_000
                if (second - phase60) % 60 == 0 { feed.call("192.0.2.60", at: t) }
                if (second - phase10) % 10 == 0 { feed.call("192.0.2.10", at: t) }
                if (second - phaseRandom) % period == 0 { feed.call("192.0.2.99", at: t) }
                feed.call("203.0.113.50", "Web", at: t)
            }
        }
        #expect(learner.learned == [ip(host)], "seed \(seed)")
        #expect(learner.streak(of: ip("203.0.113.50")) == 0, "web rows are not ours")
    }

    @Test func snapshotsCloserThanTheMinimumGapAreIgnored() {
        var learner = HostAddressLearner()
        var feed = ActivityFeed()
        feed.call(host, at: 1_700_000_000)
        learner.observe(feed.snapshot, polledAt: 1_700_000_000)
        for t: Int64 in [1_700_000_001, 1_700_000_001, 1_700_000_001] {
            feed.call(host, at: t)
            learner.observe(feed.snapshot, polledAt: t)
        }
        #expect(learner.comparisons == 0)
        #expect(learner.learned.isEmpty)
        feed.call(host, at: 1_700_000_002)
        learner.observe(feed.snapshot, polledAt: 1_700_000_002)
        #expect(learner.comparisons == 1 && learner.streak(of: ip(host)) == 1, "compared with the snapshot at :00")
    }

    @Test func learnedAddressesStayLearnedWhenTheyStopMoving() {
        var learner = HostAddressLearner()
        var feed = ActivityFeed()
        poll(&learner, &feed, times: 5)
        #expect(learner.learned == [ip(host)])
        // The host's egress changes: the old address stops moving, the new one starts.
        poll(&learner, &feed, times: 2, start: 1_700_000_025, from: "192.0.2.77")
        #expect(learner.learned == [ip(host)])
        #expect(learner.streak(of: ip(host)) == 0)
        #expect(learner.moving.isEmpty)
        poll(&learner, &feed, times: 1, start: 1_700_000_035, from: "192.0.2.77")
        #expect(learner.learned == [ip(host), ip("192.0.2.77")])
        #expect(learner.moving == [ip("192.0.2.77")])
    }

    @Test func ipv4MappedRowsCountAsTheirIPv4Address() {
        var learner = HostAddressLearner()
        var feed = ActivityFeed()
        for n: Int64 in 0..<4 {
            let now = 1_700_000_000 + n * 5
            // Alternating spellings of one caller; the method's case and spaces do not matter.
            feed.call(n % 2 == 0 ? "::ffff:198.51.100.7" : host, n % 2 == 0 ? " api " : "API", at: now)
            learner.observe(feed.snapshot, polledAt: now)
        }
        #expect(learner.learned == [ip(host)])
    }
}
