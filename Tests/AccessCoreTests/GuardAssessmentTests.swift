import Testing

@testable import AccessCore

@Suite struct GuardAssessmentTests {
    let now: Int64 = 1_700_100_000
    let list = [rule(1, "203.0.113.0/24"), rule(2, "198.51.100.0/24"), rule(3, "203.0.0.0/16")]
    let host = AddressKnowledge(given: [MyAddress(address: IPAddress("203.0.113.10")!, source: .configured)])
    let sshOnly = AddressKnowledge(given: [MyAddress(address: IPAddress("10.0.0.5")!, source: .ssh)])

    func assess(
        _ change: ProposedChange, rules: [AllowRule]? = nil, knowledge: AddressKnowledge? = nil,
        attempts: [AccessAttempt] = [], entries: [AllowEntry] = []
    ) -> GuardAssessment {
        GuardAssessment.assess(
            index: CoverageIndex(rules: rules ?? list), change: change, knowledge: knowledge ?? host,
            attempts: attempts, now: now, entries: entries)
    }

    @Test func anUnknownHostFlagsEveryRemoval() {
        let removal = assess(.remove(ids: [2]), knowledge: sshOnly)
        #expect(removal.hostUnknown && removal.isFlagged)
        #expect(removal.verdict == .safe, "nothing protected is at risk, yet the change cannot be judged")
        #expect(removal.sentences == [AddressKnowledge.unknownHostSentence])
        #expect(assess(.remove(ids: [1, 2, 3]), knowledge: sshOnly).hostUnknown, "even one that empties the list")
        #expect(!assess(.remove(ids: [42]), knowledge: sshOnly).hostUnknown, "an id not on the list removes nothing")
        #expect(!assess(.remove(ids: [2])).hostUnknown)
    }

    @Test func anUnknownHostFlagsAFirstRuleButNotAnAddToANonEmptyList() {
        let first = assess(.add([cidr("192.0.2.0/24")]), rules: [], knowledge: sshOnly)
        #expect(first.hostUnknown && first.isFlagged)
        #expect(first.report.switchesEnforcementOn)
        let more = assess(.add([cidr("192.0.2.0/24")]), knowledge: sshOnly)
        #expect(!more.hostUnknown && !more.isFlagged)
        #expect(more.sentences.isEmpty)
        #expect(!assess(.add([]), rules: [], knowledge: sshOnly).hostUnknown)
    }

    @Test func lockingOutAProtectedAddressIsFlagged() {
        let lonely = [rule(1, "203.0.113.0/24"), rule(2, "198.51.100.0/24")]
        let assessment = assess(.remove(ids: [1]), rules: lonely)
        #expect(assessment.verdict == .locksOut([ip("203.0.113.10")]))
        #expect(assessment.isFlagged && !assessment.hostUnknown)
        #expect(assessment.sentences.first?.hasPrefix("This would lock out 203.0.113.10") == true)
    }

    @Test func decisiveChangesWhenACoveringRuleDisappears() {
        let confirmed = assess(.remove(ids: [1]))
        #expect(confirmed.verdict == .safe, "#3 still covers 203.0.113.10")
        // Someone removes #3 while the operator reads the confirmation.
        let fresh = assess(.remove(ids: [1]), rules: list.filter { $0.id != 3 })
        #expect(fresh.verdict == .locksOut([ip("203.0.113.10")]))
        #expect(fresh.decisive != confirmed.decisive)
        // The same list read again decides the same way.
        #expect(assess(.remove(ids: [1])).decisive == confirmed.decisive)
    }

    @Test func decisiveChangesWhenTheTargetOrTheEnforcementStateChanges() {
        let confirmed = assess(.remove(ids: [2]))
        let gone = assess(.remove(ids: [2]), rules: list.filter { $0.id != 2 })
        #expect(gone.decisive.unknownIDs == [2] && gone.decisive != confirmed.decisive)
        let last = assess(.remove(ids: [2]), rules: [rule(2, "198.51.100.0/24")])
        #expect(last.verdict == .removesEverything && last.decisive != confirmed.decisive)
        let adding = assess(.add([cidr("203.0.113.0/24")]), rules: [])
        let filledMeanwhile = assess(.add([cidr("203.0.113.0/24")]), rules: [rule(9, "192.0.2.0/24")])
        #expect(adding.decisive.switchesEnforcementOn && adding.decisive != filledMeanwhile.decisive)
    }

    @Test func recentRefusalsAreNotDecisive() {
        let attempt = AccessAttempt(
            ip: "198.51.100.7", allowed: true, authMethod: "API", location: "",
            firstAt: now - 100, lastAt: now - 60)
        let withActivity = assess(.remove(ids: [2]), attempts: [attempt])
        #expect(withActivity.recentRefusals.entries.map(\.address) == [ip("198.51.100.7")])
        #expect(withActivity.decisive == assess(.remove(ids: [2])).decisive)
        #expect(
            withActivity.sentences == [
                "Would have refused 1 address seen allowed in the last 24h: 198.51.100.7 (API, 1m ago)."
            ])
        #expect(!withActivity.isFlagged, "who was refused is information, not a lockout")
    }

    @Test func wideRangesOfAnAddAreListed() throws {
        let entries = try ["*.*.*.*", "10.0.0.0/15", "192.0.2.0/24"].map { try AllowEntryParser.parse($0).get() }
        let assessment = assess(.add(entries.map(\.range)), entries: entries)
        #expect(assessment.wide.map(\.range) == [cidr("0.0.0.0/0"), cidr("10.0.0.0/15")])
        #expect(assessment.wide.first?.input == "*.*.*.*")
        #expect(assessment.sentences.count == 2)
        #expect(assess(.add([cidr("0.0.0.0/0")])).wide.first?.input == nil, "without entries, by width alone")
        #expect(assess(.remove(ids: [1])).wide.isEmpty)
    }
}
