import AccessCore
import Logging
import Synchronization

/// The engine behind a lock, shared by the HTTP handlers, the traffic task and the in-process API.
/// Saves the lists to `statePath` (inside the lock, so saves keep the order of changes).
final class EngineBox: Sendable {
    private let engine: Mutex<SimulatorEngine>
    private let statePath: String?
    private let logger: Logger

    init(_ engine: SimulatorEngine, statePath: String?, logger: Logger) {
        self.engine = Mutex(engine)
        self.statePath = statePath
        self.logger = logger
    }

    /// Runs `body` on the engine and saves the state when a list changed.
    func withEngine<T: Sendable>(
        _ body: (inout SimulatorEngine) throws(SimulatorError) -> T
    ) throws(SimulatorError) -> T {
        try engine.withLock { (engine: inout SimulatorEngine) throws(SimulatorError) -> T in
            let before = engine.revision
            let result = try body(&engine)
            if engine.revision != before, let statePath { save(engine.persistedState, to: statePath) }
            return result
        }
    }

    /// Same as `withEngine` for bodies that cannot fail.
    func with<T: Sendable>(_ body: (inout SimulatorEngine) -> T) -> T {
        try! withEngine { (engine: inout SimulatorEngine) throws(SimulatorError) -> T in body(&engine) }
    }

    private func save(_ state: PersistedSimulatorState, to path: String) {
        do {
            try state.save(path: path)
        } catch {
            logger.error("Could not save the simulator state to \(path): \(error.localizedDescription)")
        }
    }
}
