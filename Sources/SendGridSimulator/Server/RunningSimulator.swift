import AccessCore
import ServiceLifecycle

/// A simulator that is serving. Call `stop()` when done. CONTRACT: `host`, `port`, `baseURL`, `stop()`.
///
/// The other methods are the in-process API for tests and demos: look at the state, add or clear rules,
/// change faults while running.
public final class RunningSimulator: Sendable {
    public let host: String
    public let port: Int
    private let box: EngineBox
    private let clock: any SimulatorClock
    private let group: ServiceGroup
    private let server: Task<Void, Never>
    private let traffic: Task<Void, Never>?

    public var baseURL: String { "http://\(host):\(port)" }
    /// The plain-text "what is my IP" URL (answers the caller address enforcement sees).
    public var discoveryURL: String { baseURL + SimulatorEngine.discoveryPath }

    init(
        host: String, port: Int, box: EngineBox, clock: any SimulatorClock, group: ServiceGroup,
        server: Task<Void, Never>, traffic: Task<Void, Never>?
    ) {
        self.host = host
        self.port = port
        self.box = box
        self.clock = clock
        self.group = group
        self.server = server
        self.traffic = traffic
    }

    /// Stops generating traffic and serving (open connections get up to 2 s); returns once the socket is closed.
    /// Calling it again does nothing more.
    public func stop() async {
        traffic?.cancel()
        await traffic?.value
        await group.triggerGracefulShutdown()
        await server.value
    }

    /// The tenant's allow list by id ("" or nil: the parent account; otherwise the `on-behalf-of` value).
    public func rules(tenant: String? = nil) -> [AllowRule] { box.with { $0.rules(tenant: tenant) } }

    /// The tenant's activity, newest first.
    public func activity(tenant: String? = nil) -> [AccessAttempt] { box.with { $0.activity(tenant: tenant) } }

    /// The faults in force.
    public var faults: FaultSettings { box.with { $0.faults } }

    /// Replaces the faults from the next request on.
    public func setFaults(_ faults: FaultSettings) throws(SimulatorError) {
        try faults.validate()
        box.with { $0.setFaults(faults) }
    }

    /// The next `count` API requests get `status` (with a SendGrid error body) before anything is done.
    public func failNext(count: Int = 1, status: Int) { failNext(count: count, with: .status(status)) }

    /// The next `count` API requests get `fault`.
    public func failNext(count: Int = 1, with fault: ForcedFault) {
        box.with { $0.failNext(count: count, with: fault) }
    }

    /// Adds rules without going through HTTP (validated like a POST: errors for bad entries, duplicates, the cap).
    @discardableResult
    public func addRules(_ entries: [String], tenant: String? = nil) throws(SimulatorError) -> [AllowRule] {
        let now = clock.now()
        return try box.withEngine { (engine: inout SimulatorEngine) throws(SimulatorError) in
            try engine.addRules(entries, tenant: tenant, now: now)
        }
    }

    /// Removes these rules without going through HTTP, as another admin would; returns how many went.
    @discardableResult
    public func removeRules(ids: Set<Int>, tenant: String? = nil) -> Int {
        box.with { $0.removeRules(ids: ids, tenant: tenant) }
    }

    /// Empties the tenant's list (enforcement off for it), e.g. to recover from a lockout in a test.
    public func removeAllRules(tenant: String? = nil) { box.with { $0.removeAllRules(tenant: tenant) } }

    /// Adds one generated attempt now, as the traffic generator does.
    @discardableResult
    public func generateTraffic() -> AccessAttempt {
        let now = clock.now()
        return box.with { $0.generateTraffic(now: now) }
    }

    /// The most recent requests answered, oldest first.
    public func requestLog() -> [SimulatorRequestRecord] { box.with { $0.requestLog } }
}
