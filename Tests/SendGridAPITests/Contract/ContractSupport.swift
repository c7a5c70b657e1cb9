import AccessCore
import Foundation
import Logging
import SendGridSimulator
import Synchronization
import TestSupport

@testable import SendGridAPI

/// The simulator's all-scopes key, as a client sends it.
let contractKey = SimulatorConfiguration.demoAPIKey
/// The address every request appears to come from (the demo seed's office /24 covers it).
let contractClientIP = "203.0.113.10"

/// Retries with delays small enough that a test never notices them (used with real sleeps).
let quickRetry = RetryPolicy(
    maxAttempts: 4, baseDelay: .milliseconds(2), maxDelay: .milliseconds(10),
    rateLimitWait: 0...1, rateLimitJitter: .zero)

/// Starts a seeded, deterministic simulator on 127.0.0.1:0 for one test and stops it afterwards, whatever happens.
func withContractSimulator<T>(
    _ configure: (inout SimulatorConfiguration) -> Void = { _ in },
    _ body: (RunningSimulator) async throws -> T
) async throws -> T {
    var configuration = SimulatorConfiguration()
    configuration.port = 0
    configuration.seed = .demo
    configuration.clientIP = contractClientIP
    configuration.randomSeed = 42
    configure(&configuration)
    let simulator = try await startAtHighPriority { [configuration] in try await SimulatorServer.start(configuration) }
    do {
        let result = try await body(simulator)
        await simulator.stop()
        return result
    } catch {
        await simulator.stop()
        throw error
    }
}

/// A `SendGridClient` on the real URLSession transport, pointed at `simulator`.
/// `sleep` defaults to one that records the delay and returns at once.
func contractClient(
    _ simulator: RunningSimulator, key: String = contractKey, onBehalfOf: String? = nil,
    retry: RetryPolicy = quickRetry, timeoutSeconds: Int = 5, sleeps: SleepRecorder = SleepRecorder(),
    sleep: SendGridClient.Sleep? = nil, now: SendGridClient.UnixClock? = nil
) -> SendGridClient {
    let configuration = ClientConfiguration(
        baseURL: URL(string: simulator.baseURL)!, apiKey: APIKey(key), onBehalfOf: onBehalfOf,
        timeoutSeconds: timeoutSeconds, retry: retry)
    return SendGridClient(
        configuration: configuration, sleep: sleep ?? sleeps.sleep, random: { 0.5 },
        now: now ?? { Int64(Date().timeIntervalSince1970) })
}

/// What the simulator answered, in order, as "METHOD path status" (delivery faults not shown).
func answered(_ simulator: RunningSimulator) -> [String] {
    simulator.requestLog().map { "\($0.method) \($0.path) \($0.status)" }
}

/// The simulator's list as the API shows it ("10.0.0.0/8").
func listedIPs(_ simulator: RunningSimulator, tenant: String? = nil) -> [String] {
    simulator.rules(tenant: tenant).map(\.ip)
}

/// A simulator clock that only moves when told to; its `sleep` is real (latency faults stay real).
final class ManualSimulatorClock: SimulatorClock {
    private let seconds: Mutex<Int64>

    init(_ start: Int64) { seconds = Mutex(start) }

    func now() -> Int64 { seconds.withLock { $0 } }

    func advance(by duration: Duration) {
        let whole = duration.components.seconds + (duration.components.attoseconds > 0 ? 1 : 0)
        seconds.withLock { $0 += whole }
    }

    func sleep(for duration: Duration) async throws { try await Task.sleep(for: duration) }
}

/// Polls `condition` every 10 ms for up to `limit`; true once it held.
func eventually(within limit: Duration = .seconds(3), _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + limit
    while ContinuousClock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(10))
    }
    return condition()
}
