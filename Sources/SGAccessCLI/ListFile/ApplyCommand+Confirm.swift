import AccessCore
import TerminalKit

extension ApplyCommand {
    /// True to go ahead: `--yes`, or the operator's answer on a terminal (typed when the guard flags the change).
    func confirmed(_ review: ListFileReview, context: CommandContext) async throws -> Bool {
        if yes { return true }
        let environment = context.environment
        guard environment.stdinIsTerminal else {
            throw CLIError.usage(
                "Refusing to apply \(review.input.name) (\(review.summary)) without confirmation: standard input is "
                    + "not a terminal. Check it with `sgaccess plan`, then re-run with --yes.")
        }
        review.lines.forEach(context.note)
        guard let typed = Self.typedTarget(review) else { return await environment.confirm("Apply \(review.summary)?") }
        guard let ask = environment.askLine else {
            throw CLIError.usage(
                "This change needs a typed confirmation (\(typed.reason)), which this terminal cannot ask; "
                    + "re-run with --yes if you really mean it.")
        }
        let answer = await ask("Type \(typed.expected) to apply \(review.summary) (required because \(typed.reason)):")
        guard answer?.trimmingCharacters(in: .whitespaces) == typed.expected else {
            context.note("That is not \(typed.expected).")
            return false
        }
        return true
    }

    /// What must be typed and why, when the guard flags the change (a lockout, an unknown host, a whole address
    /// family): the locked-out address, the whole-family range, or the widest range removed (else the first added).
    static func typedTarget(_ review: ListFileReview) -> (expected: String, reason: String)? {
        guard let assessment = review.outcome?.assessment else { return nil }
        var reasons: [String] = []
        if assessment.hostUnknown { reasons.append("this host's address is unknown") }
        if !assessment.verdict.affectedAddresses.isEmpty { reasons.append("the lockout check flags it") }
        if assessment.wide.contains(where: \.isEverything) { reasons.append("it allows a whole address family") }
        guard !reasons.isEmpty else { return nil }
        let reason = reasons.joined(separator: " and ")
        if let address = assessment.verdict.affectedAddresses.first { return (address.description, reason) }
        if let everything = assessment.wide.first(where: \.isEverything) {
            return (everything.range.description, reason)
        }
        let widest = review.plan.removes.compactMap(\.range).max { a, b in
            a.family.bitWidth - a.prefixLength < b.family.bitWidth - b.prefixLength
        }
        return ((widest ?? review.plan.adds.first?.range)?.description ?? "yes", reason)
    }
}

extension ListFileReview {
    /// "add 2, remove 1 and change 1 note".
    var summary: String {
        var parts: [String] = []
        if !plan.adds.isEmpty { parts.append("add \(plan.adds.count)") }
        if !plan.removes.isEmpty { parts.append("remove \(plan.removes.count)") }
        let notes = plan.annotationChanges.count
        if notes > 0 { parts.append("change \(notes) note\(notes == 1 ? "" : "s")") }
        guard parts.count > 1 else { return parts.first ?? "nothing" }
        return parts.dropLast().joined(separator: ", ") + " and " + parts[parts.count - 1]
    }
}
