/// One request the simulator answered, for tests that count calls (no header values, so no key).
public struct SimulatorRequestRecord: Sendable, Hashable {
    public let method: String
    public let path: String
    public let tenant: String
    public let status: Int
    public let delivery: SimulatorResponse.Delivery
    /// Unix seconds.
    public let at: Int64
}
