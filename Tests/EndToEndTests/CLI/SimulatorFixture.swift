import AccessCore
import Foundation
import SendGridSimulator
import TestSupport
import Testing

/// A key shaped like a real SendGrid key (`SG.` + 22 + `.` + 43), so redaction by shape is exercised too.
let e2eKey = "SG.e2eKeyAbcdefghijklmnop.e2eSecretAbcdefghijklmnopqrstuvwxyz0123456789"
/// Another well-shaped key the simulator does not accept.
let wrongKey = "SG.wrongKeyAbcdefghijklm.wrongSecretAbcdefghijklmnopqrstuvwxyz012345678"
/// The demo seed's client address and the rule covering it.
let clientIP = "203.0.113.10"
let officeRange = "203.0.113.0/24"

/// An in-process simulator (demo seed unless told otherwise, port 0) and the environment that points the
/// `sgaccess` binary at it.
struct SimulatorFixture {
    let simulator: RunningSimulator

    var environment: [String: String] {
        ["SENDGRID_BASE_URL": simulator.baseURL, "SENDGRID_API_KEY": e2eKey]
    }

    /// Runs `sgaccess arguments` against this simulator (`extra` adds or overrides variables).
    func run(_ arguments: [String], _ extra: [String: String] = [:]) async throws -> ProcessResult {
        try await SGAccessBinary.run(arguments, environment: environment.merging(extra) { $1 })
    }

    /// The rule ranges on the parent account now, straight from the simulator.
    var ranges: [String] { simulator.rules().compactMap { $0.range?.description } }

    func rule(_ range: String) -> AllowRule? { simulator.rules().first { $0.range?.description == range } }
}

/// Starts a simulator, runs `body`, and stops the simulator whatever happens.
func withSimulator(
    seed: SimulatorConfiguration.Seed = .demo, ruleCap: Int = 1000, scopedKeys: [String: Set<SimulatorScope>] = [:],
    rateLimit: SimulatorRateLimit? = nil,
    _ body: (SimulatorFixture) async throws -> Void
) async throws {
    var configuration = SimulatorConfiguration()
    configuration.apiKey = e2eKey
    configuration.seed = seed
    configuration.ruleCap = ruleCap
    configuration.scopedKeys = scopedKeys
    configuration.rateLimit = rateLimit
    configuration.randomSeed = 7
    let simulator = try await startAtHighPriority { [configuration] in try await SimulatorServer.start(configuration) }
    do {
        try await body(SimulatorFixture(simulator: simulator))
    } catch {
        await simulator.stop()
        throw error
    }
    await simulator.stop()
}

/// Lines of `text`, without empty ones.
func lines(_ text: String) -> [String] {
    text.split(separator: "\n").map(String.init)
}
