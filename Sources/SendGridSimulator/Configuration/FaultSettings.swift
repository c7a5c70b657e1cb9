/// Faults the simulator injects into API responses (never into the discovery endpoint).
/// Rates are probabilities from 0 to 1, drawn from the simulator's seeded generator.
public struct FaultSettings: Sendable, Hashable {
    /// Added before every API response.
    public var latency: Duration = .zero
    /// A further random delay from zero up to this.
    public var latencyJitter: Duration = .zero
    /// Share of requests answered with a 5xx before anything is done.
    public var serverErrorRate: Double = 0
    /// Statuses a server error picks from.
    public var serverErrorStatuses: [Int] = [500, 502, 503]
    /// Share of responses whose body is replaced by invalid JSON (after the operation took effect).
    public var malformedJSONRate: Double = 0
    /// Share of responses cut short: full `Content-Length`, half the body, then the connection closes.
    public var truncatedBodyRate: Double = 0
    /// Share of requests whose connection is reset instead of answered (after the operation took effect).
    public var connectionResetRate: Double = 0
    /// Activity rows carry hostile `location` and `auth_method` text (escapes, bidi, NUL, very long text).
    public var hostileStrings: Bool = false

    public static let none = FaultSettings()

    public init(
        latency: Duration = .zero, latencyJitter: Duration = .zero, serverErrorRate: Double = 0,
        serverErrorStatuses: [Int] = [500, 502, 503], malformedJSONRate: Double = 0, truncatedBodyRate: Double = 0,
        connectionResetRate: Double = 0, hostileStrings: Bool = false
    ) {
        self.latency = latency
        self.latencyJitter = latencyJitter
        self.serverErrorRate = serverErrorRate
        self.serverErrorStatuses = serverErrorStatuses
        self.malformedJSONRate = malformedJSONRate
        self.truncatedBodyRate = truncatedBodyRate
        self.connectionResetRate = connectionResetRate
        self.hostileStrings = hostileStrings
    }
}

/// A fault forced onto the next API requests (`RunningSimulator.failNext`), whatever the rates say.
public enum ForcedFault: Sendable, Hashable {
    /// Answer with this status and a SendGrid error body before anything is done (e.g. 500, 503, 429).
    case status(Int)
    /// Do the operation, then reset the connection instead of answering.
    case connectionReset
    /// Do the operation, then send half the body and close.
    case truncatedBody
    /// Do the operation, then answer with invalid JSON.
    case malformedJSON
}
