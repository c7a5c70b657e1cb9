/// The lockout verdict for a proposed change, with what the UI and CLI need to explain it.
public struct LockoutReport: Hashable, Sendable {
    public let verdict: LockoutVerdict
    /// Rules in the list before and after the change (unparsable rules included: they keep enforcement on).
    public let rulesBefore: Int
    public let rulesAfter: Int
    /// My addresses SendGrid already refuses before the change (list non-empty, nothing covers them). The change is
    /// not blamed for them, but the operator should know.
    public let alreadyUncovered: [IPAddress]
    /// My addresses SendGrid would refuse after the change: the verdict's addresses plus those still uncovered.
    public let uncoveredAfter: [IPAddress]
    /// Ids of a removal that are not in the list (ignored by the analysis), each once, in the order given.
    public let unknownIDs: [Int]

    public init(
        verdict: LockoutVerdict, rulesBefore: Int, rulesAfter: Int, alreadyUncovered: [IPAddress],
        uncoveredAfter: [IPAddress], unknownIDs: [Int]
    ) {
        self.verdict = verdict
        self.rulesBefore = rulesBefore
        self.rulesAfter = rulesAfter
        self.alreadyUncovered = alreadyUncovered
        self.uncoveredAfter = uncoveredAfter
        self.unknownIDs = unknownIDs
    }

    /// The list was empty (everyone allowed) and the change adds rules: SendGrid starts refusing uncovered callers.
    public var switchesEnforcementOn: Bool { rulesBefore == 0 && rulesAfter > 0 }

    /// The list was non-empty and the change empties it: SendGrid stops enforcing and allows everyone.
    public var switchesEnforcementOff: Bool { rulesBefore > 0 && rulesAfter == 0 }

    /// The verdict's sentence, followed by a note on addresses that were already refused and stay so.
    public var message: String {
        let still = alreadyUncovered.filter(uncoveredAfter.contains)
        guard !still.isEmpty else { return verdict.message }
        return verdict.message
            + " Already refused before this change and still not covered: \(LockoutVerdict.list(still))."
    }
}
