/// The heart of the product: would a change lock the operator out?
///
/// CONTRACT. SendGrid allows a caller when the list is empty (enforcement off) or a rule covers the caller's address.
/// The analysis compares, for each of "my" addresses, whether it is allowed before and after the change:
/// - the change leaves the list empty while it was not → `.removesEverything` (enforcement off; nobody is locked out);
/// - some address allowed before is not allowed after → `.locksOut` (list was non-empty) or
///   `.enablesEnforcementWithout` (list was empty: the change switches enforcement on);
/// - otherwise `.safe`.
///
/// Decisions on edge cases:
/// - Only addresses the change itself locks out are named. An address already refused before the change (the list is
///   non-empty and nothing covers it) is not blamed on the change; `LockoutReport.alreadyUncovered` lists it.
/// - An empty `mine` can only give `.safe` or `.removesEverything`: nothing is known to be at risk. Callers still
///   learn from `LockoutReport.switchesEnforcementOn` that a first rule turns enforcement on.
/// - Addresses are compared literally: an IPv6 address is never covered by IPv4 rules (map `::ffff:a.b.c.d` first
///   with `IPAddress.unmappingIPv4`). Repeated addresses in `mine` are reported once, in first-seen order.
/// - Rules whose `ip` cannot be parsed cover nothing but still count: a list holding only such rules is enforced.
/// - `remove(ids:)`: ids not in the list are ignored (listed in `LockoutReport.unknownIDs`); an id given twice is
///   removed once; if the list repeats an id, every rule carrying it goes (SendGrid deletes by id).
/// - `add` counts every range, duplicates of existing rules included (SendGrid stores duplicates); `add([])` and
///   `replaceAll` with the current ranges are `.safe`. `replaceAll([])` on a non-empty list is `.removesEverything`.
/// - `replaceAll` is judged on its end state. Carried out as "delete all, then add", the list is briefly empty
///   (everyone allowed), never narrower than the end state, so the verdict also holds in between.
public enum LockoutAnalysis {
    /// The list of ranges after `change`, in SendGrid's terms (unparsable rules, which cover nothing, are omitted).
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
    /// Builds a `CoverageIndex`; prefer `evaluate(index:change:mine:)` when one is at hand.
    public static func evaluate(rules: [AllowRule], change: ProposedChange, mine: [IPAddress]) -> LockoutVerdict {
        report(index: CoverageIndex(rules: rules), change: change, mine: mine).verdict
    }

    /// Verdict for `change` applied to the list behind `index`: O(|mine| · (probes + |change|)), independent of the
    /// list size (except for a list that repeats ids).
    public static func evaluate(index: CoverageIndex, change: ProposedChange, mine: [IPAddress]) -> LockoutVerdict {
        report(index: index, change: change, mine: mine).verdict
    }

    /// The verdict with its context: counts before and after, addresses already refused, unknown ids.
    public static func report(rules: [AllowRule], change: ProposedChange, mine: [IPAddress]) -> LockoutReport {
        report(index: CoverageIndex(rules: rules), change: change, mine: mine)
    }

    /// The verdict with its context, using a prebuilt index of the current list.
    public static func report(index: CoverageIndex, change: ProposedChange, mine: [IPAddress]) -> LockoutReport {
        let after = AfterState(index: index, change: change)
        let addresses = unique(mine)
        let before = index.count
        func allowedBefore(_ x: IPAddress) -> Bool { before == 0 || index.isCovered(x) }
        func allowedAfter(_ x: IPAddress) -> Bool { after.count == 0 || after.covers(x) }
        let lost = addresses.filter { allowedBefore($0) && !allowedAfter($0) }
        let verdict: LockoutVerdict
        if before > 0 && after.count == 0 {
            verdict = .removesEverything
        } else if lost.isEmpty {
            verdict = .safe
        } else {
            verdict = before == 0 ? .enablesEnforcementWithout(lost) : .locksOut(lost)
        }
        return LockoutReport(
            verdict: verdict,
            rulesBefore: before,
            rulesAfter: after.count,
            alreadyUncovered: addresses.filter { !allowedBefore($0) },
            uncoveredAfter: addresses.filter { !allowedAfter($0) },
            unknownIDs: after.unknownIDs
        )
    }

    /// My addresses that SendGrid refuses right now: the list is non-empty and no rule covers them. Empty when the
    /// list is empty (everyone is allowed). Repeated addresses are reported once.
    public static func uncoveredNow(rules: [AllowRule], mine: [IPAddress]) -> [IPAddress] {
        uncoveredNow(index: CoverageIndex(rules: rules), mine: mine)
    }

    /// My addresses that SendGrid refuses right now, using a prebuilt index.
    public static func uncoveredNow(index: CoverageIndex, mine: [IPAddress]) -> [IPAddress] {
        unique(mine).filter { !index.allows($0) }
    }

    static func unique(_ addresses: [IPAddress]) -> [IPAddress] {
        var seen = Set<IPAddress>()
        return addresses.filter { seen.insert($0).inserted }
    }
}

/// The list after a proposed change, as far as coverage is concerned, without building it.
private struct AfterState {
    let count: Int
    let unknownIDs: [Int]
    let covers: (IPAddress) -> Bool

    init(index: CoverageIndex, change: ProposedChange) {
        switch change {
        case .add(let added):
            count = index.count + added.count
            unknownIDs = []
            covers = { x in index.isCovered(x) || added.contains { $0.contains(x) } }
        case .remove(let ids):
            let present = Set(ids.filter { index.contains(id: $0) })
            count = index.count - index.countRules(withIDs: present)
            unknownIDs = LockoutAnalysis.uniqueIDs(ids.filter { !index.contains(id: $0) })
            covers = { x in index.anyCovering(x) { !present.contains($0.id) } }
        case .replaceAll(let ranges):
            count = ranges.count
            unknownIDs = []
            covers = { x in ranges.contains { $0.contains(x) } }
        }
    }
}

extension LockoutAnalysis {
    static func uniqueIDs(_ ids: [Int]) -> [Int] {
        var seen = Set<Int>()
        return ids.filter { seen.insert($0).inserted }
    }
}
