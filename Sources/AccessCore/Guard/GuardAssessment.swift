/// Everything the lockout guard says about one proposed change: the lockout report for the protected
/// addresses, whether this host's unknown address makes the change unjudgeable, wide ranges it adds, and who it
/// would have refused recently. The app's confirmations and the CLI's refusals both read this one value.
///
/// CONTRACT.
/// - `hostUnknown`: this host's address is unknown and the change removes a rule on the list or switches
///   enforcement on (ids that are not on the list remove nothing).
/// - `isFlagged`: the change locks out a protected address, switches enforcement on without covering one, or
///   `hostUnknown`. A flagged change is confirmed only by typing (see `typedTarget`).
/// - `decisive`: the part a re-check compares. A change may go ahead after a re-read only when the fresh
///   assessment's `decisive` equals the one the operator confirmed.
public struct GuardAssessment: Hashable, Sendable {
    /// The parts of an assessment that decide whether a confirmed change may still go ahead.
    public struct Decisive: Hashable, Sendable {
        public let verdict: LockoutVerdict
        public let hostUnknown: Bool
        public let unknownIDs: [Int]
        public let switchesEnforcementOn: Bool
    }

    public let change: ProposedChange
    public let report: LockoutReport
    public let hostUnknown: Bool
    public let wide: [WideRange]
    public let recentRefusals: RecentRefusals

    public var verdict: LockoutVerdict { report.verdict }
    public var isFlagged: Bool { hostUnknown || !report.verdict.affectedAddresses.isEmpty }
    public var decisive: Decisive {
        Decisive(
            verdict: report.verdict, hostUnknown: hostUnknown, unknownIDs: report.unknownIDs,
            switchesEnforcementOn: report.switchesEnforcementOn)
    }

    /// Judges `change` on the list behind `index`. `entries` are the parsed inputs of an add (for "wider than it
    /// looks"); without them the added ranges are checked by width alone.
    public static func assess(
        index: CoverageIndex, change: ProposedChange, knowledge: AddressKnowledge,
        attempts: [AccessAttempt], now: Int64, entries: [AllowEntry] = []
    ) -> GuardAssessment {
        let report = LockoutAnalysis.report(index: index, change: change, mine: knowledge.protected)
        let risky: Bool
        switch change {
        // Ids that are not on the list remove nothing (see `LockoutAnalysis`), so they risk nothing either.
        case .remove(let ids): risky = ids.contains { index.contains(id: $0) }
        case .add(let ranges): risky = index.isEmpty && !ranges.isEmpty
        case .replaceAll: risky = true
        }
        let wide: [WideRange]
        if case .add(let ranges) = change {
            wide = ranges.compactMap { range in
                entries.first { $0.range == range }.flatMap(WideRange.check) ?? WideRange.check(range)
            }
        } else {
            wide = []
        }
        // The protected addresses are named by the verdict already.
        let others = attempts.filter { attempt in
            attempt.address.map { !knowledge.protected.contains($0.unmappingIPv4) } ?? true
        }
        let refusals = RecentRefusals.evaluate(index: index, change: change, attempts: others, now: now)
        return GuardAssessment(
            change: change, report: report, hostUnknown: risky && !knowledge.isHostKnown,
            wide: wide, recentRefusals: refusals)
    }

    /// The sentences the operator must read, in order: the lockout verdict, the unknown host, wide ranges and
    /// recent refusals. Empty for a safe, narrow change that refuses nobody.
    public var sentences: [String] {
        var out: [String] = []
        if !report.verdict.isSafe { out.append(report.message) }
        if hostUnknown { out.append(AddressKnowledge.unknownHostSentence) }
        out += wide.map(\.message)
        if let refused = recentRefusals.sentence() { out.append(refused) }
        return out
    }
}
