import AccessCore

extension AppState {
    /// The re-read before a change: send it only if the fresh list gives the verdict the operator saw; otherwise
    /// show the new verdict in a new confirmation (or say the targets are gone). Nothing is sent meanwhile.
    mutating func recheckLoaded(_ mutation: Mutation, _ list: RulesSnapshot, now: Int64) -> [Effect] {
        ingestRules(list, now: now)
        guard let pending = pendingRecheck, pending.mutation == mutation else { return [] }
        pendingRecheck = nil
        inFlight = nil
        var current = mutation
        if case .undo = mutation, mutation.removedRefs.contains(where: { rules.row(id: $0.id) == nil }) {
            ledger.outgoing = nil
            return error("A rule this undo removes is no longer on the list; nothing was sent. Press u again.")
        }
        if case .remove(let refs) = mutation {
            let present = refs.filter { rules.row(id: $0.id) != nil }
            guard !present.isEmpty else {
                return error(
                    "\(mutation.targetDescription) is no longer on the list (someone else removed it); nothing was sent."
                )
            }
            current = .remove(present)
        }
        let outgoing = ledger.outgoing
        let fresh = ConfirmDialog.make(for: current, in: self, kind: outgoing?.kind)
        if current == mutation && fresh.assessment.decisive == pending.confirmed {
            return execute(mutation)
        }
        ledger.outgoing = nil
        let carried = Outgoing(mutation: current, annotation: outgoing?.annotation, kind: outgoing?.kind)
        overlay = .confirm(fresh.carrying(carried).changed(from: pending.confirmed))
        return []
    }

    mutating func recheckFailed(_ mutation: Mutation, _ failure: FailureInfo, now: Int64) -> [Effect] {
        self.now = max(self.now, now)
        guard let pending = pendingRecheck, pending.mutation == mutation else { return [] }
        pendingRecheck = nil
        inFlight = nil
        ledger.outgoing = nil
        return error(
            "Could not re-read the allow list before changing \(mutation.targetDescription) (\(failure.reason)); "
                + "nothing was sent. Press r, then try again.")
    }
}
