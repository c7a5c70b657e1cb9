/// Starts a simulator on a loopback socket. CONTRACT (placeholder).
public enum SimulatorServer {
    public static func start(_ configuration: SimulatorConfiguration) async throws -> RunningSimulator {
        fatalError("SendGridSimulator not implemented yet")
    }
}

/// A simulator that is serving. Call `stop()` when done.
public final class RunningSimulator: Sendable {
    public let host: String
    public let port: Int

    public var baseURL: String { "http://\(host):\(port)" }

    init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    public func stop() async {}
}
