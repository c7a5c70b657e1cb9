import AccessCore

/// Applies the lockout analysis to a change before it is sent: refuses (exit 3) what would lock out one of my
/// addresses unless `--allow-lockout`, and refuses a risky change when none of my addresses is known.
enum LockoutGuard {
    struct Outcome {
        let shape: LockoutShape
        /// Sentences to print on standard error before going ahead.
        let warnings: [String]
    }

    static func check(rules: [AllowRule], change: ProposedChange, mine: [IPAddress], allowLockout: Bool) throws -> Outcome {
        let verdict = LockoutAnalysis.evaluate(rules: rules, change: change, mine: mine)
        let addresses: [IPAddress]
        switch verdict {
        case .locksOut(let a), .enablesEnforcementWithout(let a): addresses = a
        case .safe, .removesEverything: addresses = []
        }
        let names = addresses.map(\.description)
        if mine.isEmpty && isRisky(change, rules: rules) && verdict != .removesEverything {
            let message = "sgaccess does not know your address, so it cannot tell whether this change locks you out "
                + "(\(riskDescription(change, rules: rules))). Pass --my-ip ADDR (or set SGACCESS_MY_IPS, or --my-ip-url URL), "
                + "or --allow-lockout to go ahead anyway."
            if !allowLockout { throw CLIError(.refused, message) }
            return Outcome(shape: LockoutShape(verdict: "unknown_addresses", addresses: [], message: message),
                           warnings: ["Warning: your address is unknown; going ahead because of --allow-lockout."])
        }
        let shape = LockoutShape(verdict: name(verdict), addresses: names, message: verdict.message)
        switch verdict {
        case .safe:
            return Outcome(shape: shape, warnings: [])
        case .removesEverything:
            return Outcome(shape: shape, warnings: ["Warning: " + verdict.message])
        case .locksOut, .enablesEnforcementWithout:
            guard allowLockout else {
                throw CLIError(.refused, "Refused: " + verdict.message + " Add a rule covering \(names.joined(separator: ", ")) first, "
                    + "or pass --allow-lockout if you really mean it.", addresses: names)
            }
            return Outcome(shape: shape, warnings: ["Warning: " + verdict.message + " Going ahead because of --allow-lockout."])
        }
    }

    /// Adding to an empty list switches enforcement on; removing from a non-empty list may uncover someone.
    static func isRisky(_ change: ProposedChange, rules: [AllowRule]) -> Bool {
        switch change {
        case .add(let ranges): return rules.isEmpty && !ranges.isEmpty
        case .remove(let ids): return !ids.isEmpty
        case .replaceAll: return true
        }
    }

    static func riskDescription(_ change: ProposedChange, rules: [AllowRule]) -> String {
        switch change {
        case .add: return "the list is empty, so the first rule switches enforcement on"
        case .remove: return "removing rules may leave your address uncovered"
        case .replaceAll: return "replacing the list may leave your address uncovered"
        }
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
