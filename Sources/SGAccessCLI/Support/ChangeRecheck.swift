import AccessCore
import SendGridAPI

/// The re-check right before a change is sent. The confirmation may have taken minutes, and someone else (the
/// web console, another sgaccess) may have changed the list meanwhile: the list is read again (one GET), the
/// change judged again, and it goes ahead only if the guard's `decisive` part is what was checked (and
/// confirmed). Otherwise the new verdict is printed and the change refused (exit 3) — or, when the operator can
/// be asked, asked again showing the new verdict.
enum ChangeRecheck {
    /// Re-reads before sgaccess gives up on a list that keeps changing (the operator is asked again after all but
    /// the last).
    static let maxRounds = 3

    /// The fresh outcome to send the change with, or nil when the operator declined when asked again.
    /// - Parameters:
    ///   - askAgain: true on a terminal without `--yes`.
    ///   - question: asked again (after the new verdict) when `askAgain`.
    ///   - judge: judges the change on a freshly read list.
    static func run(
        context: CommandContext, confirmed: LockoutGuard.Outcome, askAgain: Bool, question: String,
        judge: ([AllowRule]) -> LockoutGuard.Outcome
    ) async throws -> LockoutGuard.Outcome? {
        var confirmed = confirmed
        for round in 1...maxRounds {
            let rules = try await context.call("re-read rules before the change") { () async throws(APIError) in
                try await context.service.listRules()
            }
            let fresh = judge(rules)
            if fresh.decisive == confirmed.decisive { return fresh }
            let changes = describe(from: confirmed.decisive, to: fresh.decisive)
            if let refusal = fresh.refusal {
                throw CLIError(
                    .refused,
                    "The allow list changed since it was checked (\(changes)). " + refusal.message
                        + " Nothing was sent.", addresses: refusal.addresses)
            }
            guard askAgain else {
                throw CLIError(
                    .refused,
                    "Refused: the allow list changed since it was checked, so the verdict no longer "
                        + "holds: \(changes). Nothing was sent; run the command again to judge the list as it is now.",
                    addresses: fresh.decisive.verdict.affectedAddresses.map(\.description))
            }
            guard round < maxRounds else { break }
            context.note("The allow list changed since it was checked: \(changes).")
            fresh.warnings.forEach(context.note)
            guard await context.environment.confirm(question) else { return nil }
            confirmed = fresh
        }
        throw CLIError(
            .refused,
            "Refused: the allow list kept changing while you confirmed (\(maxRounds) reads in a row); "
                + "nothing was sent. Run the command again once the list is stable.")
    }

    /// What changed between two verdicts, as one clause: "#3 is no longer on the list; This would lock out …".
    static func describe(from old: GuardAssessment.Decisive, to new: GuardAssessment.Decisive) -> String {
        var parts: [String] = []
        let gone = new.unknownIDs.filter { !old.unknownIDs.contains($0) }
        if !gone.isEmpty {
            parts.append(
                gone.map { "#\($0)" }.joined(separator: ", ") + (gone.count == 1 ? " is" : " are")
                    + " no longer on the list")
        }
        if new.switchesEnforcementOn != old.switchesEnforcementOn {
            parts.append(
                new.switchesEnforcementOn
                    ? "the list is now empty, so this change switches enforcement on"
                    : "the list is no longer empty")
        }
        if new.verdict != old.verdict { parts.append("now: " + new.verdict.message) }
        if new.hostUnknown != old.hostUnknown {
            parts.append(
                new.hostUnknown ? "this host's address can no longer be judged" : "this host's address is now judged")
        }
        return parts.isEmpty ? "the verdict changed" : parts.joined(separator: "; ")
    }
}
