import AccessCore

/// Taking in the snapshots built off the main actor. Each part of a snapshot is checked against the state as it
/// is now, not as it was when the request went out: what still fits is swapped in as it is; what the state
/// changed since (a filter typed or a sort chosen meanwhile, another list read in between, an address learned) is
/// redone here, so a snapshot built for an old state never shows wrong rows.
extension AppState {
    /// Takes a fresh copy of the list (a poll or a re-check). A list that changed nothing costs nothing here: the
    /// comparison was made while building.
    mutating func ingestRules(_ answer: RulesSnapshot, now: Int64) {
        self.now = max(self.now, now)
        poll.rulesFailure = nil
        rules.loadedAt = now
        var snapshot = answer
        if snapshot.isUnchanged && snapshot.rulesVersion != rules.version {
            // "Unchanged" was about a list swapped out since the build started (a re-check crossing a poll):
            // compared, and built if need be, here. Built content is a function of the list alone, so it stays.
            snapshot = RulesSnapshot(answer.rules, basis: ingestBasis)
        }
        guard let content = snapshot.content else { return }
        rules.take(content, builtFor: snapshot.settings, mine: myAddresses, page: page(.rules))
        myVerdicts = computeVerdicts()
        if let retriaged = snapshot.attempts, snapshot.attemptsVersion == attempts.version,
            retriaged.mine == myAddresses
        {
            attempts.take(retriaged, page: page(.attempts))
        } else {
            attempts.take(AttemptsSnapshot(attempts.attempts, basis: ingestBasis), page: page(.attempts))
        }
    }

    /// Takes fresh activity: the learner sees it first; returns the addresses it learned from it.
    mutating func ingestAttempts(_ snapshot: AttemptsSnapshot, now: Int64) -> [IPAddress] {
        let learnedBefore = knowledge.learned
        knowledge.learner.observe(snapshot.attempts, polledAt: now)
        let newlyLearned = knowledge.learned.filter { !learnedBefore.contains($0) }
        if !newlyLearned.isEmpty {
            // The protected set grew: marks and verdicts follow it.
            rules.setMine(myAddresses)
            myVerdicts = computeVerdicts()
        }
        if !attempts.isLoaded || attempts.attempts != snapshot.attempts || !newlyLearned.isEmpty {
            let fits = snapshot.rulesVersion == rules.version && snapshot.mine == myAddresses
            attempts.take(
                fits ? snapshot : AttemptsSnapshot(snapshot.attempts, basis: ingestBasis), page: page(.attempts))
        }
        attempts.loadedAt = now
        return newlyLearned
    }
}
