import AccessCore

extension AppState {
    /// `a` (one key, at once when safe) and `A` (the /24, always confirmed) on the selected attempt.
    mutating func allowSelected(slash24: Bool) -> [Effect] {
        guard let row = attempts.selected else {
            return error("No attempt selected: move to one in the attempts pane.")
        }
        guard let address = row.attempt.address else {
            return error("“\(row.ip)” is not an IP address, so there is nothing to allow; use n to type one.")
        }
        guard rules.isLoaded else { return error(listUnavailableSentence) }
        let range =
            slash24 ? CIDR(address: address, prefixLength: address.family == .v4 ? 24 : 64) : CIDR(host: address)
        if let covering = rules.index.rules(containing: range).first {
            return error(
                "\(range) is already allowed by #\(covering.id) (\(Sanitizer.sanitize(covering.ip))); nothing to add.")
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

    /// Why a change cannot be judged now: the list has not loaded, or cannot be read.
    var listUnavailableSentence: String {
        if let failure = poll.rulesFailure {
            return "The allow list cannot be read (\(failure.reason)), so no change can be checked against it; "
                + "nothing was sent. Fix that, then press r."
        }
        return "The allow list has not loaded yet; wait for it or press r to refresh."
    }

    /// Checks a change and either sends it for its re-check at once or opens its confirmation.
    /// `a` and `n` go at once only when the guard finds nothing to say (safe, narrow, list not empty, this host
    /// known or the change harmless); `A`, `u` and every removal always ask; a flagged change asks for typing.
    /// `annotation` (note, expiry) and `kind` go with the change into the journal.
    mutating func propose(
        _ mutation: Mutation, entries: [AllowEntry] = [], annotation: Annotation? = nil, kind: JournalKind? = nil
    ) -> [Effect] {
        if isReadOnly { return [] }
        if let refusal = changeRefusalWhileSwitching { return error(refusal) }
        if let pending = inFlight {
            return error(
                "Still waiting for the previous change (\(pending.targetDescription)) to finish; try again in a moment."
            )
        }
        guard rules.isLoaded else { return error(listUnavailableSentence) }
        let adding = mutation.addedIPs.count
        if adding > 0, case .failure(let exceeded) = CapacityCheck.check(current: rules.rows.count, adding: adding) {
            return error(exceeded.message)
        }
        var dialog = ConfirmDialog.make(for: mutation, in: self, entries: entries, kind: kind)
        if let annotation, dialog.note != nil {
            dialog.note = NoteField(text: annotation.note ?? "")
            dialog.expires = annotation.expires
        }
        let asks: Bool
        switch mutation {
        case .allowAttempt, .add:
            asks = dialog.typed != nil || !dialog.assessment.sentences.isEmpty || rules.rows.isEmpty
        case .allowSlash24, .remove, .undo: asks = true
        }
        if asks {
            overlay = .confirm(dialog)
            return []
        }
        return send(mutation, confirmed: dialog.assessment.decisive, outgoing: dialog.outgoing)
    }

    /// A confirmed (or harmless) change: re-read the list first; `recheckLoaded` sends it if nothing changed.
    mutating func send(
        _ mutation: Mutation, confirmed: GuardAssessment.Decisive, outgoing: Outgoing? = nil
    ) -> [Effect] {
        if isReadOnly { return [] }
        if let refusal = changeRefusalWhileSwitching { return error(refusal) }
        inFlight = mutation
        ledger.outgoing = outgoing
        pendingRecheck = PendingRecheck(mutation: mutation, confirmed: confirmed)
        return [.recheck(mutation)] + info("Checking the list once more before changing \(mutation.targetDescription)…")
    }

    /// Sends the change itself. The runtime answers with `.mutationFinished`.
    mutating func execute(_ mutation: Mutation) -> [Effect] {
        if isReadOnly { return [] }
        inFlight = mutation
        switch mutation {
        case _ where mutation.isRemoval:
            return [.remove(mutation)] + info("Removing \(mutation.targetDescription)…")
        default:
            return [.add(mutation)] + info("Allowing \(mutation.targetDescription)…")
        }
    }
}
