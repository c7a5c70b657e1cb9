import AccessCore

extension ConfirmDialog {
    /// Removals above this many rules need the count typed.
    public static let typedRemovalThreshold = 5

    /// The dialog for `mutation` in `state`: target, consequence, lockout verdict, hidden marks, API call, and
    /// whether the operator must type the address (single target) or the count (several).
    static func make(for mutation: Mutation, in state: AppState) -> ConfirmDialog {
        let rules = state.rules
        let verdict = LockoutAnalysis.evaluate(rules: rules.rules, change: mutation.proposedChange, mine: state.myAddresses)
        var lines: [String] = []
        var reasons: [String] = []
        let title: String
        switch mutation {
        case .remove(let refs):
            title = refs.count == 1 ? "Remove rule" : "Remove \(refs.count) rules"
            let range = refs.count == 1 ? "this range" : "these ranges"
            lines.append("Remove \(mutation.targetDescription)? Callers from \(range) will be refused by SendGrid's API, UI and SMTP relay.")
            if refs.count > 1 {
                let ids = refs.prefix(8).map { "#\($0.id)" }.joined(separator: ", ")
                lines.append("Rules: \(ids)\(refs.count > 8 ? ", …" : "").")
            }
            if refs.count > typedRemovalThreshold { reasons.append("it removes more than \(typedRemovalThreshold) rules") }
            let hidden = rules.hiddenMarkedCount
            if hidden > 0 {
                lines.append("\(hidden) of the marked rules \(hidden == 1 ? "is" : "are") hidden by the filter.")
                reasons.append("\(hidden) marked rule\(hidden == 1 ? " is" : "s are") hidden by the filter")
            }
        default:
            title = rules.rows.isEmpty ? "Switch enforcement on" : "Allow addresses"
            let count = mutation.addedIPs.count
            let sizes = mutation.proposedChange.addedRanges.map { "\($0) (\($0.sizeDescription) address\($0.isSingleHost ? "" : "es"))" }
            lines.append("Allow \(sizes.joined(separator: ", "))? Callers from \(count == 1 ? "this range" : "these ranges") will be able to reach the account's API, UI and SMTP relay.")
            if rules.rows.isEmpty {
                lines.append("The list is empty, so SendGrid accepts every address; this first rule switches enforcement on and every other address will be refused.")
            }
        }
        if !verdict.isSafe {
            lines.append(verdict.message)
            reasons.append("the lockout check flags it")
        }
        var typed: TypedConfirmation?
        if !reasons.isEmpty {
            let targets = mutation.isRemoval ? mutation.removedIDs.count : mutation.addedIPs.count
            let expected: String
            if targets == 1 {
                if case .remove(let refs) = mutation { expected = refs[0].ip } else { expected = mutation.addedIPs[0] }
            } else {
                expected = String(targets)
            }
            typed = TypedConfirmation(expected: expected, reason: reasons.joined(separator: " and "))
        }
        return ConfirmDialog(mutation: mutation, title: title, lines: lines, apiCall: mutation.apiCall, typed: typed)
    }
}

extension ProposedChange {
    var addedRanges: [CIDR] {
        if case .add(let ranges) = self { return ranges }
        return []
    }
}
