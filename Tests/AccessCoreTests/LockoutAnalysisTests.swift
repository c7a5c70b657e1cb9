import Testing

@testable import AccessCore

@Suite struct LockoutAnalysisTests {
    let me = ip("203.0.113.10")
    let laptop = ip("198.51.100.23")
    let list = [
        rule(12, "203.0.113.0/24"),
        rule(13, "198.51.100.23"),
        rule(14, "192.0.2.0/24"),
        rule(15, "2001:db8::/32"),
    ]

    func verdict(_ rules: [AllowRule], _ change: ProposedChange, _ mine: [IPAddress]) -> LockoutVerdict {
        let fromRules = LockoutAnalysis.evaluate(rules: rules, change: change, mine: mine)
        let fromIndex = LockoutAnalysis.evaluate(index: CoverageIndex(rules: rules), change: change, mine: mine)
        #expect(fromRules == fromIndex)
        return fromRules
    }

    @Test func removingTheRuleCoveringMeLocksMeOut() {
        #expect(verdict(list, .remove(ids: [12]), [me]) == .locksOut([me]))
        #expect(verdict(list, .remove(ids: [12, 13]), [me, laptop]) == .locksOut([me, laptop]))
        #expect(verdict(list, .remove(ids: [13]), [me, laptop]) == .locksOut([laptop]))
        #expect(verdict(list, .remove(ids: [14, 15]), [me, laptop]) == .safe)
    }

    @Test func anotherRuleStillCoveringMeKeepsItSafe() {
        let nested = list + [rule(16, "203.0.0.0/16")]
        #expect(verdict(nested, .remove(ids: [12]), [me]) == .safe)
        #expect(verdict(nested, .remove(ids: [12, 16]), [me]) == .locksOut([me]))
        let duplicated = list + [rule(16, "203.0.113.0/24")]
        #expect(verdict(duplicated, .remove(ids: [12]), [me]) == .safe)
    }

    @Test func removingEverythingSwitchesEnforcementOff() {
        #expect(verdict(list, .remove(ids: [12, 13, 14, 15]), [me]) == .removesEverything)
        #expect(verdict(list, .remove(ids: [15, 14, 13, 12, 12, 99]), []) == .removesEverything)
        #expect(verdict(list, .replaceAll([]), [me]) == .removesEverything)
        #expect(verdict([rule(1, "junk")], .remove(ids: [1]), [me]) == .removesEverything)
        let report = LockoutAnalysis.report(rules: list, change: .replaceAll([]), mine: [me])
        #expect(report.switchesEnforcementOff && !report.switchesEnforcementOn)
        #expect(report.rulesAfter == 0 && report.uncoveredAfter.isEmpty)
    }

    @Test func firstRuleOfAnEmptyListSwitchesEnforcementOn() {
        #expect(verdict([], .add([cidr("192.0.2.0/24")]), [me]) == .enablesEnforcementWithout([me]))
        #expect(
            verdict([], .add([cidr("192.0.2.0/24"), cidr("198.51.100.23")]), [me, laptop])
                == .enablesEnforcementWithout([me]))
        #expect(verdict([], .add([cidr("203.0.113.0/24")]), [me]) == .safe)
        #expect(verdict([], .replaceAll([cidr("192.0.2.0/24")]), [me]) == .enablesEnforcementWithout([me]))
        let report = LockoutAnalysis.report(rules: [], change: .add([cidr("203.0.113.10")]), mine: [me])
        #expect(report.verdict == .safe && report.switchesEnforcementOn)
    }

    @Test func noOpsOnAnEmptyListAreSafe() {
        #expect(verdict([], .add([]), [me]) == .safe)
        #expect(verdict([], .remove(ids: [1]), [me]) == .safe)
        #expect(verdict([], .replaceAll([]), [me]) == .safe)
        let report = LockoutAnalysis.report(rules: [], change: .remove(ids: [1, 1]), mine: [me])
        #expect(report.unknownIDs == [1] && !report.switchesEnforcementOff)
    }

    @Test func addingNeverLocksOutOnANonEmptyList() {
        #expect(verdict(list, .add([cidr("10.0.0.0/8")]), [me, laptop]) == .safe)
        #expect(verdict(list, .add([]), [me]) == .safe)
        #expect(verdict(list, .add([cidr("203.0.113.0/24")]), [me]) == .safe)  // a duplicate
    }

    @Test func replaceAllJudgesTheEndState() {
        #expect(verdict(list, .replaceAll([cidr("10.0.0.0/8")]), [me]) == .locksOut([me]))
        #expect(verdict(list, .replaceAll([cidr("203.0.0.0/8")]), [me]) == .safe)
        #expect(verdict(list, .replaceAll(list.compactMap(\.range)), [me, laptop]) == .safe)
    }

    @Test func unknownAndRepeatedIDs() {
        let report = LockoutAnalysis.report(rules: list, change: .remove(ids: [99, 14, 99, 100, 14]), mine: [me])
        #expect(report.verdict == .safe)
        #expect(report.unknownIDs == [99, 100])
        #expect(report.rulesAfter == 3)
        // A list that repeats an id loses every rule carrying it.
        let repeated = [rule(1, "203.0.113.0/24"), rule(1, "203.0.0.0/16"), rule(2, "10.0.0.0/8")]
        #expect(verdict(repeated, .remove(ids: [1]), [me]) == .locksOut([me]))
        #expect(LockoutAnalysis.report(rules: repeated, change: .remove(ids: [1]), mine: [me]).rulesAfter == 1)
    }

    @Test func addressesAlreadyRefusedAreReportedNotBlamed() {
        let stranger = ip("192.168.1.1")
        let report = LockoutAnalysis.report(rules: list, change: .remove(ids: [14]), mine: [stranger, me])
        #expect(report.verdict == .safe)
        #expect(report.alreadyUncovered == [stranger])
        #expect(report.uncoveredAfter == [stranger])
        #expect(
            report.message
                == "Safe: your addresses stay allowed. Already refused before this change and still not covered: 192.168.1.1."
        )
        #expect(LockoutAnalysis.uncoveredNow(rules: list, mine: [stranger, me, stranger]) == [stranger])
        #expect(LockoutAnalysis.uncoveredNow(rules: [], mine: [stranger]).isEmpty)
        // Adding a rule for it fixes it; the report no longer mentions it after the change.
        let fixed = LockoutAnalysis.report(rules: list, change: .add([cidr("192.168.1.0/24")]), mine: [stranger])
        #expect(fixed.alreadyUncovered == [stranger] && fixed.uncoveredAfter.isEmpty)
        #expect(fixed.message == LockoutVerdict.safe.message)
    }

    @Test func onlyUnparsableRulesStillEnforce() {
        let junk = [rule(1, "garbage")]
        #expect(verdict(junk, .add([cidr("192.0.2.0/24")]), [me]) == .safe)
        #expect(LockoutAnalysis.report(rules: junk, change: .add([]), mine: [me]).alreadyUncovered == [me])
        #expect(verdict(junk + [rule(2, "203.0.113.10")], .remove(ids: [2]), [me]) == .locksOut([me]))
    }

    @Test func ipv6MineIsNotCoveredByIPv4Rules() {
        let v6 = ip("2001:db8::5"), mapped = ip("::ffff:203.0.113.10")
        #expect(verdict(list, .remove(ids: [15]), [v6, me]) == .locksOut([v6]))
        #expect(verdict([rule(1, "0.0.0.0/0")], .add([]), [mapped]) == .safe)
        #expect(LockoutAnalysis.uncoveredNow(rules: [rule(1, "0.0.0.0/0")], mine: [mapped]) == [mapped])
        #expect(LockoutAnalysis.uncoveredNow(rules: [rule(1, "0.0.0.0/0")], mine: [mapped.unmappingIPv4]).isEmpty)
    }

    @Test func emptyMineIsSafeUnlessEverythingGoes() {
        #expect(verdict(list, .remove(ids: [12, 13]), []) == .safe)
        #expect(verdict([], .add([cidr("10.0.0.0/8")]), []) == .safe)
        #expect(verdict(list, .replaceAll([]), []) == .removesEverything)
    }

    @Test func repeatedMineIsNamedOnce() {
        #expect(verdict(list, .remove(ids: [12]), [me, me, laptop, me]) == .locksOut([me]))
    }

    @Test func rangesAfterAChange() {
        #expect(
            LockoutAnalysis.ranges(after: .remove(ids: [12, 13]), applyingTo: list).map(\.description)
                == ["192.0.2.0/24", "2001:db8::/32"])
        #expect(
            LockoutAnalysis.ranges(after: .add([cidr("10.0.0.0/8")]), applyingTo: [rule(1, "x")]) == [
                cidr("10.0.0.0/8")
            ])
        #expect(
            LockoutAnalysis.ranges(after: .replaceAll([cidr("10.0.0.0/8")]), applyingTo: list) == [cidr("10.0.0.0/8")])
    }

    @Test func verdictMessagesNameTheAddresses() {
        #expect(
            LockoutVerdict.locksOut([me]).message
                == "This would lock out 203.0.113.10: no rule would cover it, so SendGrid would refuse its API, UI and SMTP calls."
        )
        #expect(
            LockoutVerdict.locksOut([me, laptop]).message
                == "This would lock out 203.0.113.10, 198.51.100.23: no rule would cover them, so SendGrid would refuse their API, UI and SMTP calls."
        )
        #expect(
            LockoutVerdict.enablesEnforcementWithout([me]).message
                == "The list is empty, so SendGrid allows everyone; this change switches enforcement on without covering 203.0.113.10, which would then be refused."
        )
        #expect(
            LockoutVerdict.removesEverything.message
                == "This removes every rule: enforcement switches off and SendGrid will accept callers from any address."
        )
        #expect(LockoutVerdict.locksOut([me]).affectedAddresses == [me])
        #expect(LockoutVerdict.removesEverything.affectedAddresses.isEmpty)
        #expect(LockoutVerdict.safe.isSafe && !LockoutVerdict.removesEverything.isSafe)
    }
}
