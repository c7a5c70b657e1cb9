import AccessCore
import Foundation
import Testing

@testable import SendGridAPI

@Suite("remove(ids:): the one place that picks the one-rule or the bulk DELETE")
struct RemoveIDsTests {
    @Test func oneIDDeletesByPath() async throws {
        let transport = FakeTransport([.noContent()])
        let (client, _) = makeClient(transport)
        _ = try await client.remove(ids: [42])
        #expect(transport.requests.map(\.method) == ["DELETE"])
        #expect(transport.requests.map(\.path) == [AccessSettingsPath.rule(42)])
        #expect(transport.requests.first?.body == nil)
    }

    @Test func severalIDsDeleteWithOneIDsBody() async throws {
        let transport = FakeTransport([.noContent()])
        let (client, _) = makeClient(transport)
        _ = try await client.remove(ids: [3, 5])
        let request = try #require(transport.requests.first)
        #expect(transport.requests.count == 1)
        #expect(request.method == "DELETE" && request.path == AccessSettingsPath.rules)
        let body = try JSONSerialization.jsonObject(with: Data(try #require(request.body).utf8)) as? [String: Any]
        #expect(body?["ids"] as? [Int] == [3, 5])
    }

    @Test func noIDsSendNothing() async throws {
        let transport = FakeTransport([])
        let (client, _) = makeClient(transport)
        _ = try await client.remove(ids: [])
        #expect(transport.requests.isEmpty)
    }

    @Test func theErrorOfTheChosenRequestIsThrown() async {
        let (client, _) = makeClient(FakeTransport([.errors(404, "not found")]))
        let error = await apiError { () async throws(APIError) in _ = try await client.remove(ids: [7]) }
        #expect(error == .notFound(messages: ["not found"]))
    }
}
