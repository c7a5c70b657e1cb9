/// A started simulator as the `sim` command sees it.
public struct SimulatorHandle: Sendable {
    public var baseURL: String
    public var stop: @Sendable () async -> Void

    public init(baseURL: String, stop: @escaping @Sendable () async -> Void) {
        self.baseURL = baseURL
        self.stop = stop
    }
}
