import Foundation

/// Where the simulator gets time from. Inject a manual clock in tests.
public protocol SimulatorClock: Sendable {
    /// Unix seconds now.
    func now() -> Int64
    /// Suspends for `duration` (latency faults, the traffic generator).
    func sleep(for duration: Duration) async throws
}

/// The system's wall clock.
public struct SystemSimulatorClock: SimulatorClock {
    public init() {}

    public func now() -> Int64 { Int64(Date().timeIntervalSince1970) }

    public func sleep(for duration: Duration) async throws {
        try await Task.sleep(for: duration)
    }
}
