import Logging

/// How a simulator instance behaves. CONTRACT: fields may grow, existing ones stay.
public struct SimulatorConfiguration: Sendable {
    public enum Seed: String, Sendable, CaseIterable {
        /// ~15 rules (one covering 203.0.113.10) and ~40 attempts on the parent account.
        case demo
        /// No rules and no activity: enforcement off until the first rule is added.
        case empty
    }

    /// Documented demo key accepted when `SENDGRID_API_KEY` is not set at start.
    public static let demoAPIKey = "SG.sgaccess-demo-key-000000.sgaccess-simulator-demo-key-do-not-use-in-prod-00"

    public var host: String = "127.0.0.1"
    /// 0 picks a free port; `RunningSimulator.port` tells which.
    public var port: Int = 0
    /// The key with every scope.
    public var apiKey: String = SimulatorConfiguration.demoAPIKey
    /// Further accepted keys, each limited to the scopes given (a request outside them gets 403 "access forbidden").
    public var scopedKeys: [String: Set<SimulatorScope>] = [:]
    /// The caller address enforcement checks (every request appears to come from it).
    public var clientIP: String = "203.0.113.10"
    /// Honour `X-Forwarded-For` (its first address) as the caller address.
    public var trustForwardedFor: Bool = false
    /// Check the caller against the tenant's list (an empty list allows everyone).
    public var enforce: Bool = true
    public var seed: Seed = .demo
    /// Generated rules added to the parent account after the seed (`GeneratedRules`), to measure at scale.
    /// The rule cap must hold the seed and these together.
    public var generatedRules: Int = 0
    /// Generate new access attempts over time on the parent account.
    public var traffic: Bool = false
    /// Time between two generated attempts.
    public var trafficInterval: Duration = .seconds(2)
    public var ruleCap: Int = 1000
    /// Most activity rows kept per tenant; the least recent go first.
    public var activityCapacity: Int = 500
    /// Request budget; nil (the default) turns rate limiting off.
    public var rateLimit: SimulatorRateLimit?
    /// Faults at start; `RunningSimulator.setFaults(_:)` changes them while running.
    public var faults: FaultSettings = .none
    /// Path of a JSON file that keeps the lists across restarts; nil keeps everything in memory.
    public var statePath: String?
    /// Seed of the random generator behind faults and traffic; nil picks one at random.
    public var randomSeed: UInt64?
    /// Source of time (timestamps, rate-limit windows, latency, traffic). Tests inject their own.
    public var clock: any SimulatorClock = SystemSimulatorClock()
    /// Level of the server's own log (to standard error). The API key is never logged.
    public var logLevel: Logger.Level = .warning
    /// Where the server logs; nil: swift-log's default (standard error). The embedded demo passes the app's file
    /// logger, because standard error is the app's screen.
    public var logger: Logger?

    public init() {}
}

/// A fixed-window request budget, shared by every key and tenant of one simulator.
public struct SimulatorRateLimit: Sendable, Hashable {
    /// Requests allowed per window (`X-RateLimit-Limit`).
    public var limit: Int
    /// Window length in seconds; `X-RateLimit-Reset` is the Unix time the current window ends.
    public var windowSeconds: Int

    public init(limit: Int, windowSeconds: Int = 60) {
        self.limit = limit
        self.windowSeconds = windowSeconds
    }
}
