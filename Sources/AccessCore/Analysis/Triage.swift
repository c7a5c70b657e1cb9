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
    /// The list cannot be read (not loaded, an error, or a key without the scope): only what SendGrid decided
    /// at the time is known, never what it would decide now.
    case unknown(allowedThen: Bool)

    /// Display order for the activity pane: blocked, allowed since, no longer allowed, allowed.
    public var sortRank: Int {
        switch self {
        case .blocked: return 0
        case .allowedSince: return 1
        case .noLongerAllowed: return 2
        case .allowed: return 3
        case .unknown(let allowedThen): return allowedThen ? 3 : 0
        }
    }
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

/// CONTRACT. Classifies access attempts against the current list.
///
/// - Refused then and uncovered now → `.blocked`; refused then and covered now → `.allowedSince` the narrowest
///   covering rule (lowest id on ties).
/// - Allowed then and allowed now → `.allowed`; allowed then but uncovered now → `.noLongerAllowed`.
/// - An empty list allows everyone: every attempt is `.allowed` (enforcement is off), with no covering rule.
/// - An attempt whose `ip` text is not an address cannot be checked: its status repeats what the API said
///   (`.blocked` or `.allowed`) and it has no covering rule.
/// - Without a list (`index` nil: it could not be read) nothing is guessed: every attempt is `.unknown`, with what
///   SendGrid decided at the time.
public enum Triage {
    public static func triage(_ attempts: [AccessAttempt], index: CoverageIndex?) -> [TriagedAttempt] {
        guard let index else {
            return attempts.map {
                TriagedAttempt(attempt: $0, status: .unknown(allowedThen: $0.allowed), coveringRuleIDs: [])
            }
        }
        return attempts.map { triage($0, index: index) }
    }

    public static func triage(_ attempt: AccessAttempt, index: CoverageIndex) -> TriagedAttempt {
        guard let address = attempt.address else {
            return TriagedAttempt(attempt: attempt, status: attempt.allowed ? .allowed : .blocked, coveringRuleIDs: [])
        }
        let covering = index.rules(covering: address).map(\.id)
        let status: AttemptStatus
        switch (attempt.allowed, index.isEmpty || !covering.isEmpty) {
        case (false, false): status = .blocked
        case (false, true): status = covering.first.map { .allowedSince(ruleID: $0) } ?? .allowed
        case (true, true): status = .allowed
        case (true, false): status = .noLongerAllowed
        }
        return TriagedAttempt(attempt: attempt, status: status, coveringRuleIDs: covering)
    }

    /// Stable display order: by `AttemptStatus.sortRank`, then most recent `lastAt` first, then address (numeric,
    /// unparsable text last), then the input order.
    public static func sorted(_ triaged: [TriagedAttempt]) -> [TriagedAttempt] {
        triaged.enumerated().sorted { l, r in
            let a = l.element, b = r.element
            if a.status.sortRank != b.status.sortRank { return a.status.sortRank < b.status.sortRank }
            if a.attempt.lastAt != b.attempt.lastAt { return a.attempt.lastAt > b.attempt.lastAt }
            switch (a.attempt.address, b.attempt.address) {
            case (let x?, let y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return l.offset < r.offset
            }
        }.map(\.element)
    }
}
