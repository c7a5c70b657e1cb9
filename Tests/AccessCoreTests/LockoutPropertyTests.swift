import Testing

@testable import AccessCore

/// The lockout analysis against a naive model that builds the list after the change and scans it.
@Suite struct LockoutPropertyTests {
    struct Expected: Equatable {
        var verdict: LockoutVerdict
        var rulesAfter: Int
        var alreadyUncovered: [IPAddress]
        var uncoveredAfter: [IPAddress]
    }

    /// The model, straight from SendGrid's rule: a caller is allowed when the list is empty or a rule covers it.
    static func model(_ rules: [AllowRule], _ change: ProposedChange, _ mine: [IPAddress]) -> Expected {
        let before: [CIDR?] = rules.map(\.range)
        let after: [CIDR?]
        switch change {
        case .add(let added): after = before + added.map { Optional($0) }
        case .remove(let ids): after = rules.filter { !ids.contains($0.id) }.map(\.range)
        case .replaceAll(let ranges): after = ranges.map { Optional($0) }
        }
        func allowed(_ list: [CIDR?], _ x: IPAddress) -> Bool {
            list.isEmpty || list.contains { $0?.contains(x) == true }
        }
        var distinct: [IPAddress] = []
        for x in mine where !distinct.contains(x) { distinct.append(x) }
        let lost = distinct.filter { allowed(before, $0) && !allowed(after, $0) }
        let verdict: LockoutVerdict
        if !before.isEmpty && after.isEmpty {
            verdict = .removesEverything
        } else if lost.isEmpty {
            verdict = .safe
        } else {
            verdict = before.isEmpty ? .enablesEnforcementWithout(lost) : .locksOut(lost)
        }
        return Expected(
            verdict: verdict, rulesAfter: after.count,
            alreadyUncovered: distinct.filter { !allowed(before, $0) },
            uncoveredAfter: distinct.filter { !allowed(after, $0) })
    }

    /// An address inside a random rule's range (so that removals matter), or anywhere nearby.
    static func myAddress(_ rng: inout SeededGenerator, _ rules: [AllowRule]) -> IPAddress {
        let ranges = rules.compactMap(\.range)
        guard !ranges.isEmpty, rng.chance(0.7) else { return AddressFactory.address(&rng) }
        let range = rng.pick(ranges)
        let hostBits = range.family.bitWidth - range.prefixLength
        let bits = min(hostBits, 12)
        let offset = bits == 0 ? 0 : UInt128.random(in: 0...(UInt128(1) << bits) - 1, using: &rng)
        return range.family == .v4
            ? IPAddress(v4: UInt32(truncatingIfNeeded: range.network.value | offset))
            : IPAddress(v6: range.network.value | offset)
    }

    static func change(_ rng: inout SeededGenerator, _ rules: [AllowRule], mine: [IPAddress]) -> ProposedChange {
        let ids = rules.map(\.id)
        func someRanges() -> [CIDR] {
            (0..<Int.random(in: 0...4, using: &rng)).map { _ in
                if rng.chance(0.3), let m = mine.first {
                    return CIDR(address: m, prefixLength: m.family == .v4 ? 24 : 120)
                }
                if rng.chance(0.3), let r = rules.compactMap(\.range).randomElement(using: &rng) { return r }
                return AddressFactory.range(&rng)
            }
        }
        switch Int.random(in: 0..<10, using: &rng) {
        case 0...2: return .add(someRanges())
        case 3...4: return .remove(ids: ids.isEmpty ? [] : [rng.pick(ids)])
        case 5...6:
            var chosen = ids.filter { _ in rng.chance(0.5) }
            if rng.chance(0.3) { chosen.append(Int.random(in: 5000...5010, using: &rng)) }  // unknown
            if rng.chance(0.3), let first = chosen.first { chosen.append(first) }  // repeated
            return .remove(ids: chosen.shuffled(using: &rng))
        case 7: return .remove(ids: ids.shuffled(using: &rng))
        default: return .replaceAll(rng.chance(0.15) ? [] : someRanges())
        }
    }

    @Test(arguments: Array(UInt64(1)...UInt64(12)))
    func matchesTheNaiveModel(seed: UInt64) {
        var rng = SeededGenerator(seed: seed &* 7919)
        var kinds: [String: Int] = [:]
        var failures: [String] = []
        for _ in 0..<500 {
            let size = rng.chance(0.15) ? 0 : Int.random(in: 1...40, using: &rng)
            var rules = AddressFactory.rules(&rng, count: size, firstID: Int.random(in: 1...1000, using: &rng))
            if rng.chance(0.05), rules.count > 2 {  // a hand-built list that repeats an id
                rules[1] = AllowRule(id: rules[0].id, ip: rules[1].ip, createdAt: 0, updatedAt: 0)
            }
            let mine = (0..<Int.random(in: 0...4, using: &rng)).map { _ in Self.myAddress(&rng, rules) }
            let change = Self.change(&rng, rules, mine: mine)
            let expected = Self.model(rules, change, mine)
            let index = CoverageIndex(rules: rules)
            let report = LockoutAnalysis.report(index: index, change: change, mine: mine)
            let actual = Expected(
                verdict: report.verdict, rulesAfter: report.rulesAfter,
                alreadyUncovered: report.alreadyUncovered, uncoveredAfter: report.uncoveredAfter)
            // One expectation per seed (collected here) keeps thousands of cases fast in debug builds.
            if actual != expected || report.rulesBefore != rules.count
                || LockoutAnalysis.evaluate(rules: rules, change: change, mine: mine) != expected.verdict
                || LockoutAnalysis.uncoveredNow(index: index, mine: mine) != expected.alreadyUncovered
            {
                failures.append(
                    "rules \(rules.map { "#\($0.id) \($0.ip)" }) change \(change) mine \(mine): got \(actual), want \(expected)"
                )
            }
            kinds[kind(report.verdict), default: 0] += 1
        }
        let mismatches = failures.count
        #expect(mismatches == 0, "first: \(failures.first ?? "")")
        // Every verdict must actually occur, or this test checks less than it claims.
        #expect(Set(kinds.keys) == ["safe", "locksOut", "enables", "removesEverything"], "\(kinds)")
    }

    func kind(_ verdict: LockoutVerdict) -> String {
        switch verdict {
        case .safe: return "safe"
        case .locksOut: return "locksOut"
        case .enablesEnforcementWithout: return "enables"
        case .removesEverything: return "removesEverything"
        }
    }
}
