import AccessCore
import Foundation

/// The simulated IP Access Management service without any transport: tenants, allow lists, activity, auth, scopes,
/// enforcement, rate limiting and fault decisions. Time comes in with each call and randomness from a seeded
/// generator, so every behaviour is tested without sockets or sleeping.
public struct SimulatorEngine: Sendable {
    /// The non-API path that answers the caller's address as plain text (like a "what is my IP" service).
    public static let discoveryPath = "/sgaccess/my-ip"

    let apiKey: String
    let scopedKeys: [String: Set<SimulatorScope>]
    let clientIP: IPAddress
    let trustForwardedFor: Bool
    let enforce: Bool
    let ruleCap: Int
    let activityCapacity: Int
    /// The faults in force; change them with `setFaults(_:)`.
    public private(set) var faults: FaultSettings
    var forced: [ForcedFault] = []
    var tenants: [String: TenantState] = [:]
    var nextID = 1
    var rng: SeededGenerator
    var rateLimiter: RateLimiter?
    /// Grows on every change to a list, so the owner knows when to save the state.
    public private(set) var revision = 0
    /// The most recent requests, oldest first (at most `requestLogCapacity`).
    public internal(set) var requestLog: [SimulatorRequestRecord] = []
    static let requestLogCapacity = 1_000

    /// Builds the service as configured, seeded at time `now`, with lists restored from `state` when given.
    public init(
        configuration: SimulatorConfiguration, now: Int64, restoring state: PersistedSimulatorState? = nil
    ) throws(SimulatorError) {
        try configuration.validate()
        apiKey = configuration.apiKey
        scopedKeys = configuration.scopedKeys
        clientIP = IPAddress(configuration.clientIP)!
        trustForwardedFor = configuration.trustForwardedFor
        enforce = configuration.enforce
        ruleCap = configuration.ruleCap
        activityCapacity = configuration.activityCapacity
        faults = configuration.faults
        rng = SeededGenerator(seed: configuration.randomSeed ?? UInt64.random(in: .min ... .max))
        rateLimiter = configuration.rateLimit.map(RateLimiter.init(budget:))
        seed(configuration.seed, generated: configuration.generatedRules, now: now)
        if let state { restore(state) }
    }

    private mutating func seed(_ seed: SimulatorConfiguration.Seed, generated: Int, now: Int64) {
        if seed == .demo {
            var parent = TenantState()
            parent.rules = DemoSeed.makeRules(now: now, firstID: nextID)
            nextID += parent.rules.count
            for attempt in DemoSeed.makeAttempts(now: now, rules: parent.rules) {
                parent.record(attempt, capacity: activityCapacity)
            }
            tenants[""] = parent
        }
        guard generated > 0 else { return }
        tenants["", default: TenantState()].rules += GeneratedRules.make(count: generated, now: now, firstID: nextID)
        nextID += generated
    }

    private mutating func restore(_ state: PersistedSimulatorState) {
        for name in tenants.keys { tenants[name]?.rules = [] }
        for (name, rules) in state.allowRules { tenants[Self.tenantKey(name), default: TenantState()].rules = rules }
        let highest = state.tenants.values.flatMap { $0 }.map(\.id).max() ?? 0
        nextID = max(state.nextID, highest + 1)
    }

    /// "" for the parent account, otherwise the trimmed `on-behalf-of` value.
    static func tenantKey(_ name: String?) -> String {
        (name ?? "").trimmingCharacters(in: .whitespaces)
    }

    // MARK: State for tests and the in-process API

    /// The tenant's allow list, by id.
    public func rules(tenant: String? = nil) -> [AllowRule] {
        tenants[Self.tenantKey(tenant)]?.rules ?? []
    }

    /// The tenant's activity, newest first, as stored (hostile-string faults apply only to responses).
    public func activity(tenant: String? = nil) -> [AccessAttempt] {
        tenants[Self.tenantKey(tenant)]?.attempts ?? []
    }

    /// The lists to save for `statePath`.
    public var persistedState: PersistedSimulatorState {
        PersistedSimulatorState(
            nextID: nextID,
            tenants: tenants.filter { !$0.value.rules.isEmpty }.mapValues { tenant in
                tenant.rules.map {
                    PersistedSimulatorState.Rule(id: $0.id, ip: $0.ip, createdAt: $0.createdAt, updatedAt: $0.updatedAt)
                }
            })
    }

    public mutating func setFaults(_ faults: FaultSettings) { self.faults = faults }

    /// Forces `fault` onto the next `count` API requests (after any already queued).
    public mutating func failNext(count: Int, with fault: ForcedFault) {
        forced += Array(repeating: fault, count: max(0, count))
    }

    /// Adds rules directly (no auth, enforcement or faults), validated like a POST.
    @discardableResult
    public mutating func addRules(
        _ entries: [String], tenant: String? = nil, now: Int64
    ) throws(SimulatorError) -> [AllowRule] {
        switch createRules(entries, tenant: Self.tenantKey(tenant), now: now) {
        case .success(let created): return created
        case .failure(let problems): throw .rejected(problems.list.map(\.message).joined(separator: " "))
        }
    }

    /// Empties a tenant's list (enforcement off for it).
    /// Removes the rules with these ids as another admin would (no request is logged); returns how many went.
    @discardableResult
    public mutating func removeRules(ids: Set<Int>, tenant: String? = nil) -> Int {
        let key = Self.tenantKey(tenant)
        let before = tenants[key]?.rules.count ?? 0
        tenants[key]?.rules.removeAll { ids.contains($0.id) }
        let removed = before - (tenants[key]?.rules.count ?? 0)
        if removed > 0 { revision += 1 }
        return removed
    }

    public mutating func removeAllRules(tenant: String? = nil) {
        let key = Self.tenantKey(tenant)
        guard tenants[key]?.rules.isEmpty == false else { return }
        tenants[key]?.rules = []
        revision += 1
    }

    mutating func markChanged() { revision += 1 }
}
