import AccessCore
import SendGridAPI

/// An in-memory AccessSettingsService that behaves like the real list (ids increasing, normalised ranges) and
/// records every call, so tests can assert that a refused change sent nothing.
actor FakeService: AccessSettingsService {
    private(set) var rules: [AllowRule]
    private(set) var attempts: [AccessAttempt]
    private(set) var calls: [String] = []
    private var nextID: Int
    /// Failures to throw, once each, from the first call whose name starts with the key ("list", "add", …).
    private var failures: [String: APIError] = [:]
    /// Someone else's edits: before answering the nth GET of the list (1-based), the list becomes these rules.
    private var editsBeforeListCall: [Int: [AllowRule]] = [:]
    private var listCalls = 0
    /// A server that answers every add and remove with success and changes nothing.
    private var ignoresWrites = false
    private var failuresAfterMutation: [String: APIError] = [:]

    init(rules: [AllowRule] = [], attempts: [AccessAttempt] = []) {
        self.rules = rules
        self.attempts = attempts
        self.nextID = (rules.map(\.id).max() ?? 0) + 1
    }

    /// Rules from range texts, ids 1, 2, 3…
    init(ranges: [String], attempts: [AccessAttempt] = []) {
        self.init(
            rules: ranges.enumerated().map { index, text in
                AllowRule(
                    id: index + 1, ip: text, createdAt: 1_700_000_000 + Int64(index),
                    updatedAt: 1_700_000_000 + Int64(index))
            }, attempts: attempts)
    }

    func fail(_ callPrefix: String, with error: APIError) { failures[callPrefix] = error }

    /// Fails the first call starting with `callPrefix` made after an add or remove, once.
    func failAfterMutation(_ callPrefix: String, with error: APIError) { failuresAfterMutation[callPrefix] = error }

    /// From now on, adds and removes answer success and change nothing.
    func ignoreWrites() { ignoresWrites = true }

    /// Makes the list `ranges` (ids as given) just before the `call`th GET of the list answers, as if someone had
    /// edited it in the web console meanwhile.
    func edit(beforeListCall call: Int, to rules: [(id: Int, ip: String)]) {
        editsBeforeListCall[call] = rules.map {
            AllowRule(id: $0.id, ip: $0.ip, createdAt: 1_700_000_000, updatedAt: 1_700_000_000)
        }
    }

    var mutatingCalls: [String] {
        calls.filter { !$0.hasPrefix("list") && !$0.hasPrefix("activity") && !$0.hasPrefix("rule") }
    }

    private func record(_ call: String) throws(APIError) {
        let mutated = !mutatingCalls.isEmpty
        calls.append(call)
        if mutated, let key = failuresAfterMutation.keys.first(where: { call.hasPrefix($0) }),
            let failure = failuresAfterMutation.removeValue(forKey: key)
        {
            throw failure
        }
        if let key = failures.keys.first(where: { call.hasPrefix($0) }), let failure = failures.removeValue(forKey: key)
        {
            throw failure
        }
    }

    func listRules() async throws(APIError) -> APIResult<[AllowRule]> {
        try record("list")
        listCalls += 1
        if let edited = editsBeforeListCall.removeValue(forKey: listCalls) { rules = edited }
        return APIResult(value: rules, rateLimit: RateLimit(limit: 600, remaining: 599, reset: 1_700_000_060))
    }

    func rule(id: Int) async throws(APIError) -> APIResult<AllowRule> {
        try record("rule \(id)")
        guard let rule = rules.first(where: { $0.id == id }) else { throw .notFound(messages: ["not found"]) }
        return APIResult(value: rule, rateLimit: nil)
    }

    func addRules(_ ips: [String]) async throws(APIError) -> APIResult<[AllowRule]> {
        try record("add \(ips.joined(separator: ","))")
        let added = ips.map { ip -> AllowRule in
            defer { nextID += 1 }
            return AllowRule(id: nextID, ip: ip, createdAt: 1_700_001_000, updatedAt: 1_700_001_000)
        }
        if !ignoresWrites { rules += added }
        return APIResult(value: added, rateLimit: nil)
    }

    func removeRule(id: Int) async throws(APIError) -> APIResult<Void> {
        try record("remove \(id)")
        if !ignoresWrites { rules.removeAll { $0.id == id } }
        return APIResult(value: (), rateLimit: nil)
    }

    func removeRules(ids: [Int]) async throws(APIError) -> APIResult<Void> {
        try record("remove \(ids.map(String.init).joined(separator: ","))")
        if !ignoresWrites { rules.removeAll { ids.contains($0.id) } }
        return APIResult(value: (), rateLimit: nil)
    }

    func activity(limit: Int) async throws(APIError) -> APIResult<[AccessAttempt]> {
        try record("activity \(limit)")
        return APIResult(value: Array(attempts.prefix(limit)), rateLimit: nil)
    }
}
