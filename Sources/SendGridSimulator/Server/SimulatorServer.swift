import Hummingbird
import Logging
import ServiceLifecycle
import Synchronization

/// Starts a simulator on a loopback socket. CONTRACT.
public enum SimulatorServer {
    /// Validates `configuration`, restores or seeds the lists, binds `host:port` (0 picks a free port) and serves
    /// until `RunningSimulator.stop()`. Throws `SimulatorError` with a sentence when any step fails.
    public static func start(_ configuration: SimulatorConfiguration) async throws -> RunningSimulator {
        var logger = configuration.logger ?? Logger(label: "sgaccess.sim")
        logger.logLevel = configuration.logLevel
        let state = try configuration.statePath.flatMap { path throws(SimulatorError) in
            try PersistedSimulatorState.load(path: path)
        }
        let engine = try SimulatorEngine(configuration: configuration, now: configuration.clock.now(), restoring: state)
        let box = EngineBox(engine, statePath: configuration.statePath, logger: logger)
        let bridge = HTTPBridge(box: box, clock: configuration.clock)

        let router = Router(context: SimulatorRequestContext.self)
        router.add(middleware: SendGridErrorMiddleware())
        // Every request, whatever its method (TRACE, PROPFIND, …), goes to the engine: it alone tells a 404 (unknown
        // path) from a 405 with `Allow` (a known path, another method).
        router.add(middleware: BridgeMiddleware(bridge: bridge))

        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? configuration.port)
                portContinuation.finish()
            },
            logger: logger
        )
        // Our own group (no signal handlers: the CLI owns those) so that `stop()` can shut down gracefully.
        var groupConfiguration = ServiceGroupConfiguration(services: [app], logger: logger)
        groupConfiguration.maximumGracefulShutdownDuration = .seconds(2)
        let group = ServiceGroup(configuration: groupConfiguration)
        let failure = Failure()
        let serverTask = Task {
            do { try await group.run() } catch { failure.set(error) }
            portContinuation.finish()
        }
        guard let port = await ports.first(where: { _ in true }) else {
            serverTask.cancel()
            throw SimulatorError.serverStopped(explain(failure.message, configuration))
        }
        let traffic = configuration.traffic ? trafficTask(box: box, configuration: configuration) : nil
        return RunningSimulator(
            host: configuration.host, port: port, box: box, clock: configuration.clock,
            group: group, server: serverTask, traffic: traffic)
    }

    /// A clause for a failed start, from the socket error's text: what is wrong, without advice (the caller knows
    /// its own flags).
    static func explain(_ message: String?, _ configuration: SimulatorConfiguration) -> String {
        guard let message else { return "the server stopped before it was ready" }
        if message.contains("Address already in use") {
            return "port \(configuration.port) on \(configuration.host) is already in use"
        }
        if message.contains("Cannot assign requested address") || message.contains("Name or service not known") {
            return "\(configuration.host) is not an address of this machine"
        }
        return message
    }

    /// Adds one generated attempt every `trafficInterval` until cancelled.
    private static func trafficTask(box: EngineBox, configuration: SimulatorConfiguration) -> Task<Void, Never> {
        let clock = configuration.clock
        let interval = configuration.trafficInterval
        return Task {
            while !Task.isCancelled {
                do { try await clock.sleep(for: interval) } catch { return }
                let now = clock.now()
                _ = box.with { $0.generateTraffic(now: now) }
            }
        }
    }
}

/// The error that ended the server task, if any (read once the port stream has finished).
private final class Failure: Sendable {
    private let error = Mutex<String?>(nil)

    func set(_ error: any Error) { self.error.withLock { $0 = "\(error)" } }
    var message: String? { error.withLock { $0 } }
}
