import AccessCore

extension AppState {
    /// `a` (one key, at once when safe) and `A` (the /24, always confirmed) on the selected attempt.
    mutating func allowSelected(slash24: Bool) -> [Effect] {
        guard let row = attempts.selected else { return error("No attempt selected: move to one in the attempts pane.") }
        guard let address = row.attempt.address else {
            return error("“\(row.ip)” is not an IP address, so there is nothing to allow; use n to type one.")
        }
        let range = slash24 ? CIDR(address: address, prefixLength: address.family == .v4 ? 24 : 64) : CIDR(host: address)
        if let covering = rules.rules.first(where: { $0.range?.contains(range) == true }) {
            return error("\(range) is already allowed by #\(covering.id) (\(Sanitizer.sanitize(covering.ip))); nothing to add.")
        }
        return propose(slash24 ? .allowSlash24(range) : .allowAttempt(range))
    }

    /// `d`/Delete: the marked rules, or the selected one. Always confirmed.
    mutating func removeSelectedOrMarked() -> [Effect] {
        let targets: [RuleRef]
        if !rules.marked.isEmpty {
            targets = rules.rows.filter { rules.marked.contains($0.id) }.map { RuleRef(id: $0.id, ip: $0.ip) }
        } else if let row = rules.selected {
            targets = [RuleRef(id: row.id, ip: row.ip)]
        } else {
            return error("No rule selected: the allow list is empty or the filter hides every rule.")
        }
        return propose(.remove(targets))
    }

    /// `u`: re-add the ranges of the last removal.
    mutating func undoLastRemoval() -> [Effect] {
        guard let removed = lastRemoval, !removed.isEmpty else { return error("Nothing to undo: no rule was removed in this session.") }
        return propose(.undo(removed.map(\.ip)))
    }

    /// Checks a change and either performs it at once or opens its confirmation.
    /// `a`, `n` and `u` go at once when the lockout analysis finds them safe and the list is not empty;
    /// `A` and every removal always ask; anything unsafe asks for typed confirmation.
    mutating func propose(_ mutation: Mutation) -> [Effect] {
        if isReadOnly { return [] }
        if let pending = inFlight {
            return error("Still waiting for the previous change (\(pending.targetDescription)) to finish; try again in a moment.")
        }
        guard rules.isLoaded else { return error("The allow list has not loaded yet; wait for it or press r to refresh.") }
        let adding = mutation.addedIPs.count
        if adding > 0, case .failure(let exceeded) = CapacityCheck.check(current: rules.rows.count, adding: adding) {
            return error(exceeded.message)
        }
        let dialog = ConfirmDialog.make(for: mutation, in: self)
        let asks: Bool
        switch mutation {
        case .allowAttempt, .add, .undo: asks = dialog.typed != nil || rules.rows.isEmpty
        case .allowSlash24, .remove: asks = true
        }
        if asks {
            overlay = .confirm(dialog)
            return []
        }
        return execute(mutation)
    }

    /// Sends the change. The runtime answers with `.mutationFinished`.
    mutating func execute(_ mutation: Mutation) -> [Effect] {
        if isReadOnly { return [] }
        inFlight = mutation
        switch mutation {
        case .remove(let refs):
            return [.remove(refs.map(\.id), mutation)] + info("Removing \(mutation.targetDescription)…")
        default:
            return [.add(mutation.addedIPs, mutation)] + info("Allowing \(mutation.targetDescription)…")
        }
    }
}
