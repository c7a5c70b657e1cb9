import AccessCore
import Foundation
import Synchronization

@testable import SendGridSimulator

let demoKey = SimulatorConfiguration.demoAPIKey
let t0: Int64 = 1_700_000_000

/// A configuration for tests: empty seed, fixed random seed, enforcement on.
func testConfiguration(_ configure: (inout SimulatorConfiguration) -> Void = { _ in }) -> SimulatorConfiguration {
    var configuration = SimulatorConfiguration()
    configuration.seed = .empty
    configuration.randomSeed = 42
    configure(&configuration)
    return configuration
}

func makeEngine(
    _ configure: (inout SimulatorConfiguration) -> Void = { _ in }
) throws(SimulatorError) -> SimulatorEngine {
    try SimulatorEngine(configuration: testConfiguration(configure), now: t0)
}

func request(
    _ method: String, _ target: String, key: String? = demoKey, headers: [String: String] = [:], body: String? = nil
) -> SimulatorRequest {
    var all = headers
    if let key { all["Authorization"] = "Bearer \(key)" }
    return SimulatorRequest(method: method, target: target, headers: all, body: Array((body ?? "").utf8))
}

let whitelist = "/v3/access_settings/whitelist"
let activityPath = "/v3/access_settings/activity"

func addBody(_ ips: [String]) -> String {
    let items = ips.map { "{\"ip\":\"\($0)\"}" }.joined(separator: ",")
    return "{\"ips\":[\(items)]}"
}

func addRequest(_ ips: [String], key: String? = demoKey, headers: [String: String] = [:]) -> SimulatorRequest {
    request("POST", whitelist, key: key, headers: headers, body: addBody(ips))
}

func deleteRequest(_ ids: [Int], key: String? = demoKey, headers: [String: String] = [:]) -> SimulatorRequest {
    request(
        "DELETE", whitelist, key: key, headers: headers,
        body: "{\"ids\":[\(ids.map(String.init).joined(separator: ","))]}")
}

/// The decoded JSON body.
func json(_ response: SimulatorResponse) -> Any? {
    try? JSONSerialization.jsonObject(with: Data(response.body), options: [.fragmentsAllowed])
}

func json(_ data: Data) -> Any? {
    try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
}

/// `result` of a list response as an array of objects.
func resultRows(_ response: SimulatorResponse) -> [[String: Any]] {
    ((json(response) as? [String: Any])?["result"] as? [[String: Any]]) ?? []
}

/// `(field, message)` of every entry of a SendGrid error body.
func errorEntries(_ response: SimulatorResponse) -> [(field: String?, message: String)] {
    errorEntries(Data(response.body))
}

func errorEntries(_ data: Data) -> [(field: String?, message: String)] {
    let errors = ((json(data) as? [String: Any])?["errors"] as? [[String: Any]]) ?? []
    return errors.map { ($0["field"] as? String, ($0["message"] as? String) ?? "") }
}

/// A clock whose "now" the test moves by hand; `sleep` really waits (latency, traffic).
final class ManualClock: SimulatorClock {
    private let seconds: Mutex<Int64>

    init(_ start: Int64 = t0) { seconds = Mutex(start) }

    func now() -> Int64 { seconds.withLock { $0 } }
    func advance(by delta: Int64) { seconds.withLock { $0 += delta } }

    func sleep(for duration: Duration) async throws {
        try await Task.sleep(for: duration)
    }
}
