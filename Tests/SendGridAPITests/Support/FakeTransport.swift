import Foundation
import HTTPTypes
import OpenAPIRuntime
import SendGridURLSession
import Synchronization

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A request as it reached the transport (after every middleware).
struct RecordedRequest: Sendable {
    let method: String
    let path: String
    let headers: HTTPFields
    let body: String?

    func header(_ name: String) -> String? { headers[HTTPField.Name(name)!] }
}

/// One scripted answer.
enum Step: Sendable {
    case respond(status: Int, headers: [String: String], body: String?)
    case fail(URLError.Code)

    /// A JSON answer, optionally with the three rate-limit headers.
    static func json(_ status: Int, _ body: String, rateLimit: (Int, Int, Int64)? = nil) -> Step {
        var headers = ["Content-Type": "application/json"]
        if let (limit, remaining, reset) = rateLimit {
            headers["X-RateLimit-Limit"] = "\(limit)"
            headers["X-RateLimit-Remaining"] = "\(remaining)"
            headers["X-RateLimit-Reset"] = "\(reset)"
        }
        return .respond(status: status, headers: headers, body: body)
    }

    static func noContent(headers: [String: String] = [:]) -> Step {
        .respond(status: 204, headers: headers, body: nil)
    }

    static func errors(_ status: Int, _ messages: String..., headers: [String: String] = [:]) -> Step {
        let items = messages.map { #"{"field":null,"message":"\#($0)"}"# }.joined(separator: ",")
        return .respond(
            status: status, headers: headers.merging(["Content-Type": "application/json"]) { a, _ in a },
            body: #"{"errors":[\#(items)]}"#)
    }
}

/// A `ClientTransport` that answers from a script and records every request.
final class FakeTransport: ClientTransport, Sendable {
    private struct State {
        var steps: [Step]
        var requests: [RecordedRequest] = []
    }

    private let state: Mutex<State>

    init(_ steps: [Step]) {
        state = Mutex(State(steps: steps))
    }

    var requests: [RecordedRequest] { state.withLock { $0.requests } }
    var remainingSteps: Int { state.withLock { $0.steps.count } }

    func send(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String
    ) async throws
        -> (HTTPResponse, HTTPBody?)
    {
        var bodyText: String?
        if let body {
            bodyText = String(decoding: try await Data(collecting: body, upTo: 1 << 20), as: UTF8.self)
        }
        let recorded = RecordedRequest(
            method: request.method.rawValue, path: request.path ?? "",
            headers: request.headerFields, body: bodyText)
        let step = state.withLock { state -> Step? in
            state.requests.append(recorded)
            return state.steps.isEmpty ? nil : state.steps.removeFirst()
        }
        switch step {
        case nil:
            throw ScriptExhausted(request: "\(recorded.method) \(recorded.path)")
        case .fail(let code):
            // What the URLSession transport throws for this URLError.
            throw URLSessionCodedTransport.failure(URLError(code))
        case .respond(let status, let headers, let text):
            var fields = HTTPFields()
            for (name, value) in headers { fields[HTTPField.Name(name)!] = value }
            let response = HTTPResponse(status: .init(code: status), headerFields: fields)
            return (response, text.map { HTTPBody($0) })
        }
    }
}

struct ScriptExhausted: Error, CustomStringConvertible {
    let request: String
    var description: String { "the fake transport has no answer left for \(request)" }
}
