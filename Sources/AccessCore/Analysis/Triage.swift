/// What an access attempt means now, given the current list.
public enum AttemptStatus: Hashable, Sendable {
    /// Refused then, and no rule covers it now (the list is not empty).
    case blocked
    /// Refused then, but the listed rule covers it now.
    case allowedSince(ruleID: Int)
    /// Allowed then, and allowed now.
    case allowed
    /// Allowed then, but no rule covers it any more (a rule was removed since).
    case noLongerAllowed
}

public struct TriagedAttempt: Hashable, Sendable {
    public let attempt: AccessAttempt
    public let status: AttemptStatus
    /// Ids of the rules covering the address now, narrowest first.
    public let coveringRuleIDs: [Int]

    public init(attempt: AccessAttempt, status: AttemptStatus, coveringRuleIDs: [Int]) {
        self.attempt = attempt
        self.status = status
        self.coveringRuleIDs = coveringRuleIDs
    }
}

/// CONTRACT (placeholder implementation).
public enum Triage {
    public static func triage(_ attempts: [AccessAttempt], index: CoverageIndex) -> [TriagedAttempt] {
        attempts.map { attempt in
            let covering = attempt.address.map { index.rules(covering: $0).map(\.id) } ?? []
            let allowedNow = index.isEmpty || !covering.isEmpty
            let status: AttemptStatus
            switch (attempt.allowed, allowedNow) {
            case (false, false): status = .blocked
            case (false, true): status = covering.first.map { .allowedSince(ruleID: $0) } ?? .allowed
            case (true, true): status = .allowed
            case (true, false): status = .noLongerAllowed
            }
            return TriagedAttempt(attempt: attempt, status: status, coveringRuleIDs: covering)
        }
    }
}
