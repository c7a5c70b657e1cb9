import AccessCore
import Foundation
import HTTPTypes
import OpenAPIRuntime
import SendGridSimulator
import SendGridURLSession
import Testing

@testable import SendGridAPI

/// GET one rule: the simulator answers `{"result": {...}}`; the spec says an array and bare objects are seen too.
/// The real URLSession transport is wrapped so that the simulator's real answer is reshaped on its way in.
@Suite("Contract: GET one tolerates every shape")
struct ContractGetOneShapeTests {
    enum Shape: String, CaseIterable, Sendable {
        case object, oneElementArray, bare
    }

    @Test(arguments: Shape.allCases)
    func getOneReadsEveryShape(_ shape: Shape) async throws {
        try await withContractSimulator { sim in
            let rule = try #require(sim.rules().first { $0.ip == "198.18.0.0/16" })
            let configuration = ClientConfiguration(
                baseURL: URL(string: sim.baseURL)!, apiKey: APIKey(contractKey),
                timeoutSeconds: 5, retry: .none)
            let transport = ReshapingTransport(
                inner: URLSessionCodedTransport(timeoutSeconds: 5), shape: shape)
            let client = SendGridClient(configuration: configuration, transport: transport)
            #expect(try await client.rule(id: rule.id).value == rule)
        }
    }
}

/// Passes requests to a real transport and rewrites the `result` of a GET-one answer into `shape`.
struct ReshapingTransport: ClientTransport {
    let inner: any ClientTransport
    let shape: ContractGetOneShapeTests.Shape

    func send(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String
    ) async throws
        -> (HTTPResponse, HTTPBody?)
    {
        let (response, responseBody) = try await inner.send(
            request, body: body, baseURL: baseURL, operationID: operationID)
        guard operationID == "GetAllowedIp", response.status.code == 200, let responseBody else {
            return (response, responseBody)
        }
        let data = try await Data(collecting: responseBody, upTo: 1 << 20)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let result = try #require(object["result"] as? [String: Any])
        let reshaped: Any
        switch shape {
        case .object: reshaped = object
        case .oneElementArray: reshaped = ["result": [result]]
        case .bare: reshaped = result
        }
        var fields = response.headerFields
        fields[.contentLength] = nil
        return (
            HTTPResponse(status: response.status, headerFields: fields),
            HTTPBody(try JSONSerialization.data(withJSONObject: reshaped))
        )
    }
}
