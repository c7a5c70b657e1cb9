import Testing

@testable import AccessCore

@Suite struct TriageTests {
    func attempt(_ ip: String, allowed: Bool, last: Int64 = 100, first: Int64 = 50) -> AccessAttempt {
        AccessAttempt(ip: ip, allowed: allowed, authMethod: "API", location: "Nowhere", firstAt: first, lastAt: last)
    }

    let index = CoverageIndex(rules: [rule(12, "203.0.113.0/24"), rule(13, "203.0.113.7"), rule(14, "10.0.0.0/8")])

    @Test func statusPerAttempt() {
        let triaged = Triage.triage(
            [
                attempt("198.51.100.1", allowed: false),
                attempt("203.0.113.7", allowed: false),
                attempt("203.0.113.8", allowed: true),
                attempt("192.0.2.1", allowed: true),
            ], index: index)
        #expect(triaged.map(\.status) == [.blocked, .allowedSince(ruleID: 13), .allowed, .noLongerAllowed])
        #expect(triaged.map(\.coveringRuleIDs) == [[], [13, 12], [12], []])
    }

    @Test func emptyListAllowsEveryAttempt() {
        let triaged = Triage.triage(
            [attempt("198.51.100.1", allowed: false), attempt("10.0.0.1", allowed: true)],
            index: CoverageIndex(rules: []))
        #expect(triaged.map(\.status) == [.allowed, .allowed])
        #expect(triaged.allSatisfy { $0.coveringRuleIDs.isEmpty })
    }

    @Test func unparsableAddressesRepeatWhatTheAPISaid() {
        let triaged = Triage.triage(
            [attempt("not-an-ip", allowed: false), attempt("\u{1b}[31m", allowed: true)], index: index)
        #expect(triaged.map(\.status) == [.blocked, .allowed])
        #expect(triaged.allSatisfy { $0.coveringRuleIDs.isEmpty })
    }

    @Test func ipv6AttemptsAgainstIPv4Rules() {
        let triaged = Triage.triage(attempt("2001:db8::1", allowed: true), index: index)
        #expect(triaged.status == .noLongerAllowed)
    }

    @Test func sortsBlockedFirstThenMostRecent() {
        let triaged = Triage.triage(
            [
                attempt("10.0.0.1", allowed: true, last: 500),  // allowed
                attempt("198.51.100.2", allowed: false, last: 100),  // blocked, older
                attempt("192.0.2.1", allowed: true, last: 900),  // no longer allowed
                attempt("203.0.113.9", allowed: false, last: 300),  // allowed since
                attempt("198.51.100.1", allowed: false, last: 200),  // blocked, newer
                attempt("garbage", allowed: false, last: 200),  // blocked, same time, unparsable
                attempt("198.51.100.0", allowed: false, last: 200),  // blocked, same time, lower address
                attempt("10.0.0.2", allowed: true, last: 500),  // allowed, tie with the first
            ], index: index)
        let order = Triage.sorted(triaged).map(\.attempt.ip)
        #expect(
            order == [
                "198.51.100.0", "198.51.100.1", "garbage", "198.51.100.2",
                "203.0.113.9", "192.0.2.1", "10.0.0.1", "10.0.0.2",
            ])
        // Stable whatever the input order.
        #expect(Triage.sorted(triaged.reversed()).map(\.attempt.ip) == order)
        #expect(AttemptStatus.blocked.sortRank < AttemptStatus.allowedSince(ruleID: 1).sortRank)
    }

    @Test func identicalRowsKeepInputOrder() {
        let a = attempt("garbage", allowed: false, last: 1, first: 1)
        let b = attempt("garbage", allowed: false, last: 1, first: 2)
        let sorted = Triage.sorted(Triage.triage([a, b], index: index))
        #expect(sorted.map(\.attempt.firstAt) == [1, 2])
    }
}
