import AccessCore

/// One access attempt ready to draw: the API's attempt, sanitised text and its triage against the list.
public struct AttemptRow: Hashable, Sendable {
    public let attempt: AccessAttempt
    public let ip: String
    public let location: String
    public let method: String
    public let status: AttemptStatus
    public let coveringRuleIDs: [Int]
    /// True when the address is one of mine.
    public let isMine: Bool
    /// The dismissal that hides this blocked row (`x`); nil when none does (never set on a row not blocked).
    public internal(set) var dismissal: Dismissal?
    /// What a grouped row stands for; nil for one attempt.
    public internal(set) var group: AttemptGroup?

    public init(triaged: TriagedAttempt, mine: [IPAddress]) {
        attempt = triaged.attempt
        ip = Sanitizer.sanitize(triaged.attempt.ip)
        location = Sanitizer.sanitize(triaged.attempt.location)
        method = Sanitizer.sanitize(triaged.attempt.authMethod)
        status = triaged.status
        coveringRuleIDs = triaged.coveringRuleIDs
        isMine = triaged.attempt.address.map(mine.contains) ?? false
    }

    public var isBlocked: Bool { status == .blocked || status == .noLongerAllowed }
    /// Blocked and not dismissed: what the triage inbox still asks the operator about.
    public var needsTriage: Bool { isBlocked && dismissal == nil }
    /// The reason of the dismissal, sanitised, for drawing ("" when none was given).
    public var dismissalReason: String { dismissal?.reason.map { Sanitizer.clean($0, maxColumns: 120) } ?? "" }

    /// "blocked", "now allowed by #12", "allowed", "no longer allowed".
    public var statusText: String {
        switch status {
        case .blocked: return "blocked"
        case .allowedSince(let id): return "now allowed by #\(id)"
        case .allowed: return "allowed"
        case .noLongerAllowed: return "no longer allowed"
        case .unknown(let allowedThen):
            return allowedThen ? "allowed at the time, now unknown" : "refused at the time, now unknown"
        }
    }
}

/// How attempts are sorted (`s` cycles, `S` reverses). `status` puts blocked first, then the newest.
public enum AttemptSort: String, Hashable, Sendable, CaseIterable {
    case status, lastSeen = "last seen", address, location

    public var next: AttemptSort {
        let all = AttemptSort.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
