/// Why a simulator could not start or load its state. `description` says what to do.
public enum SimulatorError: Error, Sendable, Hashable, CustomStringConvertible {
    case invalidConfiguration(String)
    case stateFile(path: String, reason: String)
    /// The server did not start listening; the clause says why ("port 8080 on 127.0.0.1 is already in use").
    case serverStopped(String)
    /// A direct change through the in-process API was refused (same checks as the HTTP API).
    case rejected(String)

    public var description: String {
        switch self {
        case .invalidConfiguration(let message):
            return message
        case .stateFile(let path, let reason):
            return
                "The simulator state file \(path) cannot be used: \(reason). Fix or delete it, or start without --state."
        case .serverStopped(let reason):
            return
                "The simulator could not start listening: \(reason). Choose another host or port (0 picks a free one)."
        case .rejected(let message):
            return message
        }
    }
}
