import AccessCore

/// The CLI's reading of a `GuardAssessment`: what it refuses (exit 3), what it only warns about, and the JSON
/// `lockout` object. The CLI has no learner, so this host's addresses are only what `--my-ip`, `SGACCESS_MY_IPS`
/// and `--my-ip-url` say; `SSH_CONNECTION` is the operator's workstation (protected only when public).
///
/// Refused without an override:
/// - a change that locks out a protected address or switches enforcement on without covering one
///   (`--allow-lockout`); the advice names only protected addresses, never a private SSH address;
/// - while this host's address is unknown, every removal and a first rule on an empty list (`--allow-lockout`);
/// - an added range wider than /16 or /48, or wider than it looks (`--allow-wide`).
enum LockoutGuard {
    /// The flags that override a refusal.
    struct Overrides: Hashable, Sendable {
        var allowLockout = false
        var allowWide = false
    }

    /// What the guard says about one assessed change.
    struct Outcome: Sendable {
        let assessment: GuardAssessment
        /// The refusal, when the guard refuses the change with the flags given (a dry run reports it instead).
        let refusal: CLIError?
        /// Sentences for standard error before going ahead (only meaningful when `refusal` is nil).
        let warnings: [String]
        /// Information that never refuses: who the change would have refused recently, or why that is unknown.
        let notes: [String]
        let shape: LockoutShape

        var decisive: GuardAssessment.Decisive { assessment.decisive }

        /// Throws the refusal, if any.
        func enforce() throws {
            if let refusal { throw refusal }
        }

        /// The dry run's last lines: what the guard would do.
        var dryRunLines: [String] {
            if let refusal { return ["Lockout guard: would refuse this (exit 3). " + refusal.message] + notes }
            let said = shape.sentences.isEmpty ? [assessment.verdict.message] : shape.sentences
            return ["Lockout guard: would go ahead. " + said.joined(separator: " ")]
        }
    }

    /// Judges `assessment`. `readsActivity`: the command read the activity (a removal, a first rule), so the shape
    /// reports `recent_refusals`; `activityProblem` is why it could not be read.
    static func judge(
        _ assessment: GuardAssessment, knowledge: AddressKnowledge, overrides: Overrides,
        readsActivity: Bool = false, activityProblem: String? = nil
    ) -> Outcome {
        let verdict = assessment.verdict
        let names = verdict.affectedAddresses.map(\.description)
        var problems: [String] = []
        var warnings: [String] = []
        var sentences: [String] = []
        var notes: [String] = []

        if !verdict.isSafe { sentences.append(assessment.report.message) }
        if !names.isEmpty {
            if overrides.allowLockout {
                warnings.append("Warning: " + assessment.report.message + " Going ahead because of --allow-lockout.")
            } else {
                problems.append(
                    assessment.report.message + " Add a rule covering \(names.joined(separator: ", ")) first, "
                        + "or pass --allow-lockout if you really mean it.")
            }
        } else if verdict == .removesEverything {
            warnings.append("Warning: " + verdict.message)
        }
        if assessment.hostUnknown {
            let sentence = unknownHostSentence(assessment.change, knowledge: knowledge)
            sentences.append(sentence)
            if overrides.allowLockout {
                warnings.append(
                    "Warning: this host's address is unknown, so this change was not checked against it; "
                        + "going ahead because of --allow-lockout.")
            } else {
                problems.append(String(sentence.dropLast()) + ", or pass --allow-lockout to go ahead anyway.")
            }
        }
        for wide in assessment.wide {
            sentences.append(wide.message)
            if overrides.allowWide {
                warnings.append("Warning: " + wide.message + " Going ahead because of --allow-wide.")
            } else {
                problems.append(wide.message + " Narrow the range, or pass --allow-wide if you really mean it.")
            }
        }
        if let refused = assessment.recentRefusals.sentence() {
            sentences.append(refused)
            notes.append(refused)
            warnings.append("Note: " + refused)
        }
        if let activityProblem {
            let sentence = "Could not check who this change would have refused recently: \(activityProblem)"
            sentences.append(sentence)
            notes.append(sentence)
            warnings.append("Note: " + sentence)
        }
        let refusal =
            problems.isEmpty ? nil : CLIError(.refused, "Refused: " + problems.joined(separator: " "), addresses: names)
        let refusals: LockoutShape.Refusals?
        if let activityProblem {
            refusals = LockoutShape.Refusals(uncheckedBecause: activityProblem)
        } else {
            refusals = readsActivity ? LockoutShape.Refusals(assessment.recentRefusals) : nil
        }
        let unknownOnly = assessment.hostUnknown && names.isEmpty
        let shape = LockoutShape(
            verdict: unknownOnly ? "unknown_host" : name(verdict), addresses: names,
            message: unknownOnly
                ? unknownHostSentence(assessment.change, knowledge: knowledge) : assessment.report.message,
            refused: refusal != nil, hostKnown: knowledge.isHostKnown,
            thisHost: knowledge.hostAddresses.map(\.description),
            sentences: sentences, wide: assessment.wide.map(LockoutShape.Wide.init), recentRefusals: refusals)
        return Outcome(assessment: assessment, refusal: refusal, warnings: warnings, notes: notes, shape: shape)
    }

    /// Why a change cannot be judged while this host's address is unknown, and how to tell sgaccess.
    static func unknownHostSentence(_ change: ProposedChange, knowledge: AddressKnowledge) -> String {
        let why: String
        switch change {
        case .add: why = "the list is empty, so the first rule switches enforcement on"
        case .remove: why = "removing rules may leave it uncovered"
        case .replaceAll: why = "replacing the list may leave it uncovered"
        }
        let ssh =
            knowledge.operatorAddress.map {
                " SSH_CONNECTION names your workstation (\($0)), not the address SendGrid sees for this host."
            } ?? ""
        return "This host's address is unknown, so sgaccess cannot tell whether this change locks it out (\(why))."
            + ssh + " Tell sgaccess with --my-ip ADDR or SGACCESS_MY_IPS (or --my-ip-url URL)."
    }

    static func name(_ verdict: LockoutVerdict) -> String {
        switch verdict {
        case .safe: return "safe"
        case .locksOut: return "locks_out"
        case .enablesEnforcementWithout: return "enables_enforcement_without"
        case .removesEverything: return "removes_everything"
        }
    }
}
