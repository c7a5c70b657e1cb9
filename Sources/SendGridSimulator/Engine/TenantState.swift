import AccessCore

/// One account's (or subuser's) allow list and recent activity.
struct TenantState: Sendable {
    /// Sorted by id.
    var rules: [AllowRule] = []
    /// Newest first (by `lastAt`, then by when the row was last touched).
    private(set) var activity: [ActivityRow] = []
    private var touchCounter = 0

    struct ActivityRow: Sendable, Hashable {
        var attempt: AccessAttempt
        var touched: Int
    }

    /// What SendGrid does: an empty list allows everyone, otherwise a covering rule is needed.
    func allows(_ address: IPAddress) -> Bool {
        rules.isEmpty || rules.contains { $0.range?.contains(address) == true }
    }

    /// Records an attempt, merging it into the row of the same address, outcome and method (first/last seen).
    mutating func record(ip: String, allowed: Bool, authMethod: String, location: String, at time: Int64, capacity: Int)
    {
        record(
            AccessAttempt(
                ip: ip, allowed: allowed, authMethod: authMethod, location: location, firstAt: time, lastAt: time),
            capacity: capacity)
    }

    mutating func record(_ attempt: AccessAttempt, capacity: Int) {
        touchCounter += 1
        let same = { (row: ActivityRow) in
            row.attempt.ip == attempt.ip && row.attempt.allowed == attempt.allowed
                && row.attempt.authMethod == attempt.authMethod
        }
        if let i = activity.firstIndex(where: same) {
            let old = activity[i].attempt
            let merged = AccessAttempt(
                ip: attempt.ip, allowed: attempt.allowed, authMethod: attempt.authMethod,
                location: attempt.location, firstAt: min(old.firstAt, attempt.firstAt),
                lastAt: max(old.lastAt, attempt.lastAt))
            activity[i] = ActivityRow(attempt: merged, touched: touchCounter)
        } else {
            activity.append(ActivityRow(attempt: attempt, touched: touchCounter))
        }
        activity.sort { ($0.attempt.lastAt, $0.touched) > ($1.attempt.lastAt, $1.touched) }
        if activity.count > capacity { activity.removeLast(activity.count - capacity) }
    }

    var attempts: [AccessAttempt] { activity.map(\.attempt) }
}
