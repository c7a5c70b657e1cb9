import AccessCore
import SendGridAPI

/// An `AccessSettingsService` for runtime tests: an in-memory list, every call recorded, failures on demand, and
/// calls that can be held until the test releases them (a SendGrid that is slow to answer).
actor ScriptedService: AccessSettingsService {
    private(set) var rules: [AllowRule]
    private(set) var attempts: [AccessAttempt]
    private(set) var calls: [String] = []
    private var nextID: Int
    var rateLimit: RateLimit?
    private var failures: [(prefix: String, error: APIError)] = []
    private var held: Set<String> = []
    private var parked: [(call: String, continuation: CheckedContinuation<Void, Never>)] = []
    private var callWaiters: [(prefix: String, count: Int, continuation: CheckedContinuation<Void, Never>)] = []

    init(rules: [AllowRule], attempts: [AccessAttempt] = []) {
        self.rules = rules
        self.attempts = attempts
        nextID = (rules.map(\.id).max() ?? 0) + 1
    }

    /// Calls starting with `prefix` ("list", "activity", "add", "remove") wait until `release(prefix)`.
    func hold(_ prefix: String) { held.insert(prefix) }

    /// Lets the held calls with `prefix` answer, and stops holding new ones.
    func release(_ prefix: String) {
        held.remove(prefix)
        let ready = parked.filter { $0.call.hasPrefix(prefix) }
        parked.removeAll { $0.call.hasPrefix(prefix) }
        for entry in ready { entry.continuation.resume() }
    }

    /// The next call starting with `prefix` throws `error`.
    func fail(_ prefix: String, with error: APIError) { failures.append((prefix, error)) }

    func setRateLimit(_ limit: RateLimit?) { rateLimit = limit }
    func setRules(_ list: [AllowRule]) { rules = list }

    func count(_ prefix: String) -> Int { calls.filter { $0.hasPrefix(prefix) }.count }

    /// Returns once `count` calls starting with `prefix` have been received (answered or not).
    func waitForCalls(_ prefix: String, count: Int) async {
        if self.count(prefix) >= count { return }
        await withCheckedContinuation { callWaiters.append((prefix, count, $0)) }
    }

    private func record(_ call: String) async throws(APIError) {
        calls.append(call)
        let ready = callWaiters.filter { count($0.prefix) >= $0.count }
        callWaiters.removeAll { count($0.prefix) >= $0.count }
        for waiter in ready { waiter.continuation.resume() }
        if held.contains(where: { call.hasPrefix($0) }) {
            await withCheckedContinuation { parked.append((call, $0)) }
        }
        if let index = failures.firstIndex(where: { call.hasPrefix($0.prefix) }) {
            throw failures.remove(at: index).error
        }
    }

    func listRules() async throws(APIError) -> APIResult<[AllowRule]> {
        try await record("list")
        return APIResult(value: rules, rateLimit: rateLimit)
    }

    func rule(id: Int) async throws(APIError) -> APIResult<AllowRule> {
        try await record("rule \(id)")
        guard let rule = rules.first(where: { $0.id == id }) else { throw .notFound(messages: ["not found"]) }
        return APIResult(value: rule, rateLimit: rateLimit)
    }

    func addRules(_ ips: [String]) async throws(APIError) -> APIResult<[AllowRule]> {
        try await record("add \(ips.joined(separator: ","))")
        let added = ips.map { ip -> AllowRule in
            defer { nextID += 1 }
            return AllowRule(id: nextID, ip: ip, createdAt: 1_700_001_000, updatedAt: 1_700_001_000)
        }
        rules += added
        return APIResult(value: added, rateLimit: rateLimit)
    }

    func removeRule(id: Int) async throws(APIError) -> APIResult<Void> {
        try await record("remove \(id)")
        rules.removeAll { $0.id == id }
        return APIResult(value: (), rateLimit: rateLimit)
    }

    func removeRules(ids: [Int]) async throws(APIError) -> APIResult<Void> {
        try await record("remove \(ids.map(String.init).joined(separator: ","))")
        rules.removeAll { ids.contains($0.id) }
        return APIResult(value: (), rateLimit: rateLimit)
    }

    func activity(limit: Int) async throws(APIError) -> APIResult<[AccessAttempt]> {
        try await record("activity")
        return APIResult(value: Array(attempts.prefix(limit)), rateLimit: rateLimit)
    }
}
