/// The heart of the product: would a change lock the operator out?
/// CONTRACT (naive placeholder implementation; to be replaced by an indexed one with the same API and verdicts).
public enum LockoutAnalysis {
    /// The list of ranges after `change`, in SendGrid's terms.
    public static func ranges(after change: ProposedChange, applyingTo rules: [AllowRule]) -> [CIDR] {
        let current = rules.compactMap(\.range)
        switch change {
        case .add(let added): return current + added
        case .remove(let ids):
            let gone = Set(ids)
            return rules.filter { !gone.contains($0.id) }.compactMap(\.range)
        case .replaceAll(let ranges): return ranges
        }
    }

    /// Verdict for `change` applied to `rules`, for the operator's own addresses `mine`.
    public static func evaluate(rules: [AllowRule], change: ProposedChange, mine: [IPAddress]) -> LockoutVerdict {
        let after = ranges(after: change, applyingTo: rules)
        let remainingCount: Int
        switch change {
        case .remove(let ids): remainingCount = rules.count - Set(ids).intersection(rules.map(\.id)).count
        default: remainingCount = after.count
        }
        if remainingCount == 0 { return rules.isEmpty ? .safe : .removesEverything }
        let uncovered = mine.filter { address in !after.contains { $0.contains(address) } }
        if uncovered.isEmpty { return .safe }
        return rules.isEmpty ? .enablesEnforcementWithout(uncovered) : .locksOut(uncovered)
    }
}
