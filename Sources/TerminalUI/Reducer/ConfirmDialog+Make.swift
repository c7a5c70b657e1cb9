import AccessCore

extension ConfirmDialog {
    /// Removals above this many rules need typing.
    public static let typedRemovalThreshold = 5

    /// The dialog for `mutation` in `state`: target, consequence, the guard's sentences (lockout verdict, unknown
    /// host, wide ranges, who it would have refused recently), hidden marks, the API call, and what must be typed.
    ///
    /// Typing is never a count or a digit: the address that would be locked out; else the whole range for
    /// `0.0.0.0/0` / `::/0`; else the rule's range (the widest one when several rules go) or the added range.
    static func make(
        for mutation: Mutation, in state: AppState, entries: [AllowEntry] = [], kind: JournalKind? = nil
    ) -> ConfirmDialog {
        let rules = state.rules
        let assessment = GuardAssessment.assess(
            index: rules.index, change: mutation.proposedChange, knowledge: state.knowledge,
            attempts: state.attempts.attempts, now: state.now, entries: entries)
        var lines: [String] = []
        var reasons: [String] = []
        let title: String
        switch mutation {
        case .undo(let change):
            title = "Undo journal entry \(change.entry)"
            lines += undoLines(change, in: state)
        case .remove(let refs):
            title =
                kind == .expire
                ? "Remove \(refs.count) expired rule\(refs.count == 1 ? "" : "s")"
                : refs.count == 1 ? "Remove rule" : "Remove \(refs.count) rules"
            let range = refs.count == 1 ? "this range" : "these ranges"
            lines.append(
                "Remove \(mutation.targetDescription)? Callers from \(range) will be refused by SendGrid's API, UI and SMTP relay."
            )
            if kind == .expire { lines.append(expiredSentence(refs, in: state)) }
            if refs.count > 1 {
                let ids = refs.prefix(8).map { "#\($0.id)" }.joined(separator: ", ")
                lines.append("Rules: \(ids)\(refs.count > 8 ? ", …" : "").")
            }
            if refs.count > typedRemovalThreshold {
                reasons.append("it removes more than \(typedRemovalThreshold) rules")
            }
            if assessment.verdict == .removesEverything { reasons.append("it removes every rule") }
            let hidden = rules.hiddenMarkedCount
            if hidden > 0 {
                lines.append("\(hidden) of the marked rules \(hidden == 1 ? "is" : "are") hidden by the filter.")
                reasons.append("\(hidden) marked rule\(hidden == 1 ? " is" : "s are") hidden by the filter")
            }
        default:
            title =
                rules.rows.isEmpty
                ? "Switch enforcement on" : "Allow addresses"
            let count = mutation.addedIPs.count
            let sizes = assessment.change.addedRanges.map {
                "\($0) (\($0.sizeDescription) address\($0.isSingleHost ? "" : "es"))"
            }
            lines.append(
                "Allow \(sizes.joined(separator: ", "))? Callers from \(count == 1 ? "this range" : "these ranges") will be able to reach the account's API, UI and SMTP relay."
            )
            if rules.rows.isEmpty {
                lines.append(
                    "The list is empty, so SendGrid accepts every address; this first rule switches enforcement on and every other address will be refused."
                )
            }
            if assessment.wide.contains(where: \.isEverything) { reasons.append("it allows a whole address family") }
        }
        lines += assessment.sentences
        if mutation.isRemoval && assessment.recentRefusals.isEmpty {
            lines.append(
                state.attempts.isLoaded
                    ? "No other address seen allowed in the last 24h would be refused."
                    : "The recent activity is not available, so who else this would refuse cannot be checked.")
        }
        if assessment.hostUnknown, let note = state.knowledge.operatorSummary,
            state.knowledge.operatorAddress?.isVisibleToSendGrid == false
        {
            lines.append(note.prefix(1).uppercased() + note.dropFirst() + ".")
        }
        if !assessment.report.verdict.affectedAddresses.isEmpty { reasons.insert("the lockout check flags it", at: 0) }
        if assessment.hostUnknown { reasons.insert("this host's address is unknown", at: 0) }
        let typed =
            reasons.isEmpty
            ? nil
            : TypedConfirmation(
                expected: typedTarget(mutation, assessment, rules: rules), reason: reasons.joined(separator: " and "))
        var dialog = ConfirmDialog(
            mutation: mutation, title: title, lines: lines, apiCall: mutation.apiCall, typed: typed,
            assessment: assessment)
        dialog.journalKind = kind
        if !mutation.addedIPs.isEmpty, !mutation.isUndo { dialog.note = NoteField() }
        return dialog
    }

    /// What must be typed: the locked-out address, a whole-family range, or the (widest) rule's range.
    static func typedTarget(_ mutation: Mutation, _ assessment: GuardAssessment, rules: RulesPane) -> String {
        if let address = assessment.report.verdict.affectedAddresses.first { return address.description }
        if let everything = assessment.wide.first(where: \.isEverything) { return everything.range.description }
        if case .remove(let refs) = mutation {
            let widest = refs.min { a, b in
                let x = rules.row(id: a.id)?.rule.range, y = rules.row(id: b.id)?.rule.range
                return (x?.relativeWidth ?? -1, -a.id) > (y?.relativeWidth ?? -1, -b.id)
            }
            return (widest ?? refs[0]).ip
        }
        return mutation.addedIPs.first ?? ""
    }

    /// The same dialog after a re-read of the list changed the guard's verdict: says so first.
    func changed(from confirmed: GuardAssessment.Decisive) -> ConfirmDialog {
        var lines = self.lines
        lines.insert(
            "The allow list changed since you confirmed, and so did the lockout check: nothing was sent. "
                + "Read the new verdict below before confirming again.", at: 1)
        var next = ConfirmDialog(
            mutation: mutation, title: title, lines: lines, apiCall: apiCall, typed: typed, assessment: assessment)
        next.note = note
        next.expires = expires
        next.journalKind = journalKind
        return next
    }
}

extension CIDR {
    /// Host bits, so that ranges of both families compare by how many addresses they hold (as a power of two).
    var relativeWidth: Int { family.bitWidth - prefixLength }
}

extension ProposedChange {
    var addedRanges: [CIDR] {
        if case .add(let ranges) = self { return ranges }
        return []
    }
}
