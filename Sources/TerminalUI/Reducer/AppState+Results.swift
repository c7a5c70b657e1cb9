import AccessCore

extension AppState {
    mutating func rulesLoaded(_ list: RulesSnapshot, rateLimit: RateLimit?, now: Int64) -> [Effect] {
        pollSucceeded(rateLimit: rateLimit, now: now)
        ingestRules(list, now: now)
        return checkPending() + reconcileIfDue() + fetchFinished(.rules, succeeded: true, now: now)
    }

    /// The rows of a long list while its snapshot is built: shown only if the pane has none yet and the sort and
    /// filter are still the ones it was made for.
    mutating func rulesPreviewed(_ preview: RulesPreview) -> [Effect] {
        guard !rules.isLoaded, preview.settings == rules.settings else { return [] }
        rules.preview = preview
        return []
    }

    mutating func activityLoaded(_ list: AttemptsSnapshot, rateLimit: RateLimit?, now: Int64) -> [Effect] {
        self.now = max(self.now, now)
        poll.activityFailure = nil
        let newlyLearned = ingestAttempts(list, now: now)
        pollSucceeded(rateLimit: rateLimit, now: now)
        let next = fetchFinished(.activity, succeeded: true, now: now)
        guard !newlyLearned.isEmpty else { return next }
        let names = newlyLearned.map(\.description).joined(separator: ", ")
        let note = knowledge.disagreement.map { " " + $0 } ?? ""
        return next
            + info(
                "Learned this host's address from SendGrid's activity: \(names) (seen at our last "
                    + "\(HostAddressLearner.requiredPolls) polls).\(note)")
    }

    /// A GET answered; its target's failure (and so the header's, when the other GET is fine) is cleared.
    mutating func pollSucceeded(rateLimit: RateLimit?, now: Int64) {
        poll.lastSuccess = now
        if let rateLimit { poll.rateLimit = rateLimit }
    }

    mutating func pollFailed(_ failure: FailureInfo, now: Int64, target: PollTarget) -> [Effect] {
        self.now = max(self.now, now)
        let firstFailure: Bool
        switch target {
        case .rules:
            firstFailure = poll.rulesFailure != failure
            poll.rulesFailure = failure
        case .activity:
            firstFailure = poll.activityFailure != failure
            poll.activityFailure = failure
        }
        let next = fetchFinished(target, succeeded: false, now: now)
        // Transient failures show in the header with their countdown; others need the operator.
        if !failure.isTransient && firstFailure { return next + error(failure.message) }
        return next
    }

    /// A change finished: say what happened (with its journal entry), re-read the list (and attempts, whose
    /// status may change) and the journal.
    mutating func mutationFinished(_ mutation: Mutation, _ result: MutationResult, journal: String?) -> [Effect] {
        if inFlight == mutation { inFlight = nil }
        if ledger.outgoing?.mutation == mutation { ledger.outgoing = nil }
        if case .notJournalled(let sentence) = result {
            pendingCheck = nil
            return error(
                "Could not write the journal before changing \(mutation.targetDescription); nothing was sent. "
                    + Sanitizer.clean(sentence, maxColumns: 300))
        }
        let reread = pollNow() + reloadLedger()
        let entry = journal.map { "journal \($0)" }
        switch result {
        case .failed(let failure):
            let verb = mutation.isRemoval ? "remove" : "allow"
            pendingCheck = nil
            // The answer may have been lost after SendGrid acted: the next list read settles the entry.
            ledger.needsReconcile = journal != nil
            return reread + error("Could not \(verb) \(mutation.targetDescription): \(failure.message)")
        case .added(let added):
            pendingCheck = mutation
            let names = added.map { "\(Sanitizer.sanitize($0.ip)) (#\($0.id))" }.joined(separator: ", ")
            let what = names.isEmpty ? mutation.targetDescription : names
            if case .undo(let change) = mutation {
                return reread
                    + info("Undid entry \(change.entry): restored \(what)" + (entry.map { "; \($0)." } ?? "."))
            }
            guard case .allowAttempt(let range) = mutation else {
                return reread + info("Allowed \(what)" + (entry.map { "; \($0), u undoes." } ?? "."))
            }
            ledger.lastAllowed = range.description
            return reread + info("Allowed \(what)" + (entry.map { "; \($0), u undoes" } ?? "") + "; N adds a note.")
        case .removed(let ids):
            pendingCheck = mutation
            rules.marked.subtract(Set(ids))
            if case .undo(let change) = mutation {
                return reread
                    + info(
                        "Undid entry \(change.entry): removed \(mutation.targetDescription)"
                            + (entry.map { "; \($0)." } ?? "."))
            }
            return reread + info("Removed \(mutation.targetDescription)" + (entry.map { "; \($0), u undoes." } ?? "."))
        case .notJournalled: return []
        }
    }

    /// After a change, compares the re-read list with what should have happened and reports a mismatch.
    mutating func checkPending() -> [Effect] {
        guard let mutation = pendingCheck, inFlight == nil else { return [] }
        pendingCheck = nil
        switch mutation {
        case _ where mutation.isRemoval:
            let still = mutation.removedRefs.filter { rules.row(id: $0.id) != nil }
            guard !still.isEmpty else { return [] }
            let names = still.map { "#\($0.id)" }.joined(separator: ", ")
            return error(
                "The list re-read still shows \(names); the removal did not fully apply. Press r to re-read, then try again."
            )
        default:
            let ranges = Set(rules.rows.compactMap { $0.rule.range?.description })
            let missing = mutation.addedIPs.filter { !ranges.contains($0) }
            guard !missing.isEmpty else { return [] }
            return error(
                "The list re-read does not show \(missing.joined(separator: ", ")); the add did not fully apply. Press r to re-read, then try again."
            )
        }
    }
}
