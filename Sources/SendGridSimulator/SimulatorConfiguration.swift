/// How a simulator instance behaves. CONTRACT: fields may grow, existing ones stay.
public struct SimulatorConfiguration: Sendable {
    public enum Seed: String, Sendable, CaseIterable {
        case demo
        case empty
    }

    /// Documented demo key accepted when `SENDGRID_API_KEY` is not set at start.
    public static let demoAPIKey = "SG.sgaccess-demo-key-000000.sgaccess-simulator-demo-key-do-not-use-in-prod-00"

    public var host: String = "127.0.0.1"
    /// 0 picks a free port; `RunningSimulator.port` tells which.
    public var port: Int = 0
    public var apiKey: String = SimulatorConfiguration.demoAPIKey
    /// The caller address enforcement checks (every request appears to come from it).
    public var clientIP: String = "203.0.113.10"
    /// Honour `X-Forwarded-For` as the caller address.
    public var trustForwardedFor: Bool = false
    public var enforce: Bool = true
    public var seed: Seed = .demo
    /// Generate new access attempts over time.
    public var traffic: Bool = false
    public var ruleCap: Int = 1000
    /// Path of a JSON file that keeps the lists across restarts; nil keeps everything in memory.
    public var statePath: String?

    public init() {}
}
