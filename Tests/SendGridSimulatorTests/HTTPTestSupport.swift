import Foundation
import TestSupport

@testable import SendGridSimulator

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Starts a simulator on a free loopback port for one test and stops it afterwards.
func withSimulator<T>(_ body: (RunningSimulator) async throws -> T) async throws -> T {
    try await withSimulator({ _ in }, body)
}

func withSimulator<T>(
    _ configure: (inout SimulatorConfiguration) -> Void,
    _ body: (RunningSimulator) async throws -> T
) async throws -> T {
    let configuration = testConfiguration(configure)
    let simulator = try await startAtHighPriority { try await SimulatorServer.start(configuration) }
    do {
        let result = try await body(simulator)
        await simulator.stop()
        return result
    } catch {
        await simulator.stop()
        throw error
    }
}

struct HTTPResult {
    let status: Int
    let data: Data
    let response: HTTPURLResponse

    var text: String { String(decoding: data, as: UTF8.self) }
    func header(_ name: String) -> String? { response.value(forHTTPHeaderField: name) }
    var rows: [[String: Any]] { ((json(data) as? [String: Any])?["result"] as? [[String: Any]]) ?? [] }
}

let testSession: URLSession = {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = 5
    return URLSession(configuration: configuration)
}()

func send(
    _ simulator: RunningSimulator, _ method: String, _ path: String, key: String? = demoKey,
    headers: [String: String] = [:], body: String? = nil
) async throws -> HTTPResult {
    var request = URLRequest(url: URL(string: simulator.baseURL + path)!)
    request.httpMethod = method
    if let key { request.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization") }
    for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
    if let body {
        request.httpBody = Data(body.utf8)
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
    }
    let (data, response) = try await testSession.data(for: request)
    let http = response as! HTTPURLResponse
    return HTTPResult(status: http.statusCode, data: data, response: http)
}
