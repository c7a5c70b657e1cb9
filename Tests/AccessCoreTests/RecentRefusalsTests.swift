import Testing

@testable import AccessCore

@Suite struct RecentRefusalsTests {
    let now: Int64 = 1_700_100_000
    let list = [rule(1, "203.0.113.0/24"), rule(2, "198.51.100.0/24"), rule(3, "192.0.2.0/24")]

    func seen(_ ip: String, _ method: String = "API", allowed: Bool = true, ago: Int64) -> AccessAttempt {
        AccessAttempt(
            ip: ip, allowed: allowed, authMethod: method, location: "", firstAt: now - ago - 60, lastAt: now - ago)
    }

    func evaluate(
        _ change: ProposedChange, _ attempts: [AccessAttempt], rules: [AllowRule]? = nil,
        window: Int64 = RecentRefusals.defaultWindow
    ) -> RecentRefusals {
        RecentRefusals.evaluate(
            index: CoverageIndex(rules: rules ?? list), change: change, attempts: attempts, now: now, window: window)
    }

    @Test func theWindowEdgeIsIncluded() {
        let attempts = [seen("198.51.100.7", ago: 86_400), seen("198.51.100.8", ago: 86_401)]
        let refusals = evaluate(.remove(ids: [2]), attempts)
        #expect(refusals.entries.map(\.address) == [ip("198.51.100.7")])
        #expect(evaluate(.remove(ids: [2]), attempts, window: 86_399).isEmpty)
    }

    @Test func methodsAreMergedPerAddressWithItsLatestTime() {
        let attempts = [
            seen("198.51.100.7", "API", ago: 7200), seen("198.51.100.7", "Web", ago: 300),
            seen("::ffff:198.51.100.7", "API", ago: 600), seen("198.51.100.7", "", ago: 100),
            seen("198.51.100.9", "SMTP\u{1b}[31m", ago: 50),
        ]
        let refusals = evaluate(.remove(ids: [2]), attempts)
        #expect(
            refusals.entries == [
                RecentRefusals.Entry(address: ip("198.51.100.9"), methods: ["SMTP31m"], lastAt: now - 50),
                RecentRefusals.Entry(address: ip("198.51.100.7"), methods: ["API", "Web"], lastAt: now - 100),
            ])
    }

    @Test func onlyAllowedAttemptsThatTheChangeRefusesCount() {
        let attempts = [
            seen("198.51.100.7", ago: 60),
            seen("198.51.100.8", allowed: false, ago: 60),
            seen("203.0.113.10", ago: 60),
            seen("not an address", ago: 60),
        ]
        #expect(evaluate(.remove(ids: [2]), attempts).entries.map(\.address) == [ip("198.51.100.7")])
    }

    @Test func anAddressAlreadyRefusedIsNotCounted() {
        // Allowed an hour ago, but no rule covers 10.9.9.9 now: the removal does not refuse it.
        let attempts = [seen("10.9.9.9", ago: 3600), seen("192.0.2.5", ago: 3600)]
        #expect(evaluate(.remove(ids: [3]), attempts).entries.map(\.address) == [ip("192.0.2.5")])
    }

    @Test func removingEverythingRefusesNobody() {
        let attempts = [seen("198.51.100.7", ago: 60), seen("203.0.113.10", ago: 60)]
        #expect(evaluate(.remove(ids: [1, 2, 3]), attempts).isEmpty)
        #expect(evaluate(.replaceAll([]), attempts).isEmpty)
    }

    @Test func aFirstRuleRefusesEveryoneItDoesNotCover() {
        let attempts = [seen("198.51.100.7", ago: 60), seen("203.0.113.10", ago: 60)]
        let refusals = evaluate(.add([cidr("203.0.113.0/24")]), attempts, rules: [])
        #expect(refusals.entries.map(\.address) == [ip("198.51.100.7")])
        #expect(evaluate(.add([cidr("192.0.2.0/24")]), attempts).isEmpty, "adding to a non-empty list refuses nobody")
    }

    @Test func orderIsMostRecentFirstThenByAddress() {
        let attempts = [seen("198.51.100.9", ago: 60), seen("198.51.100.7", ago: 60), seen("198.51.100.8", ago: 10)]
        #expect(
            evaluate(.remove(ids: [2]), attempts).entries.map(\.address.description)
                == ["198.51.100.8", "198.51.100.7", "198.51.100.9"])
    }

    @Test func sentenceText() {
        let one = evaluate(.remove(ids: [2]), [seen("198.51.100.7", ago: 7200)])
        #expect(
            one.sentence() == "Would have refused 1 address seen allowed in the last 24h: 198.51.100.7 (API, 2h ago).")
        let many = evaluate(
            .remove(ids: [2]),
            [
                seen("198.51.100.1", ago: 30), seen("198.51.100.2", "Web", ago: 600),
                seen("198.51.100.3", "", ago: 5 * 3600),
                seen("198.51.100.4", ago: 6 * 3600), seen("198.51.100.5", ago: 7 * 3600),
            ])
        #expect(
            many.sentence()
                == "Would have refused 5 addresses seen allowed in the last 24h: 198.51.100.1 (API, 30s ago), "
                + "198.51.100.2 (Web, 10m ago), 198.51.100.3 (5h ago), and 2 more.")
        #expect(many.sentence(limit: 5)?.hasSuffix("198.51.100.5 (API, 7h ago).") == true)
        #expect(evaluate(.remove(ids: [3]), [seen("198.51.100.1", ago: 30)]).sentence() == nil)
    }

    @Test func ages() {
        #expect(AgeText.short(-5) == "0s")
        #expect(AgeText.short(59) == "59s")
        #expect(AgeText.short(60) == "1m")
        #expect(AgeText.short(3599) == "59m")
        #expect(AgeText.short(3600) == "1h")
        #expect(AgeText.short(48 * 3600) == "48h")
        #expect(AgeText.short(48 * 3600 + 3600) == "2d")
        #expect(AgeText.short(400 * 86400) == "1y")
    }
}
