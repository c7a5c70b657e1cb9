/// The lockout guard's view of a plan. Adds are sent first and removals after, so the removals are judged on the
/// list with the adds already in it (a replacement never leaves this host uncovered in between), and the adds on
/// the live list (a first rule switches enforcement on; wide ranges).
extension ListPlan {
    /// One assessment of the whole plan: the removal's lockout report on the list with the adds (the end state),
    /// or the add's when nothing is removed; the unknown host of either step; the adds' wide ranges; and who the
    /// end state would have refused recently.
    public func assessment(
        live: [AllowRule], knowledge: AddressKnowledge, attempts: [AccessAttempt], now: Int64
    ) -> GuardAssessment {
        // Exactly what apply sends, judged on `live` (a fresh read when re-checking).
        let added = adds
        let addStep = GuardAssessment.assess(
            index: CoverageIndex(rules: live), change: .add(added.map(\.range)), knowledge: knowledge,
            attempts: attempts, now: now,
            entries: added.compactMap { try? AllowEntryParser.parse($0.input).get() })
        // Ids the list lost since the plan count as unknown (the re-check notices).
        let ids = removeIDs
        guard !ids.isEmpty else { return addStep }
        let nextID = (live.map(\.id).max() ?? 0) + 1
        let provisional = added.enumerated().map { offset, entry in
            AllowRule(id: nextID + offset, range: entry.range, createdAt: now, updatedAt: now)
        }
        let removeStep = GuardAssessment.assess(
            index: CoverageIndex(rules: live + provisional), change: .remove(ids: ids), knowledge: knowledge,
            attempts: attempts, now: now)
        guard !added.isEmpty else { return removeStep }
        return GuardAssessment(
            change: .replaceAll(LockoutAnalysis.ranges(after: .remove(ids: ids), applyingTo: live + provisional)),
            report: removeStep.report, hostUnknown: addStep.hostUnknown || removeStep.hostUnknown,
            wide: addStep.wide, recentRefusals: removeStep.recentRefusals)
    }
}
