import AccessCore
import Foundation
import Testing

@testable import SendGridAPI

@Suite("Operations: requests sent and answers decoded")
struct OperationTests {
    @Test func listRulesSendsAuthorizedGETAndDecodesRules() async throws {
        let transport = FakeTransport([.json(200, listJSON, rateLimit: (600, 598, fixedNow + 30))])
        let (client, _) = makeClient(transport)
        let result = try await client.listRules()
        #expect(result.value.map(\.id) == [1, 2])
        #expect(result.value[1].range == CIDR(address: IPAddress(v4: 192, 0, 0, 0), prefixLength: 8))
        #expect(result.value[1].createdAt == 1441824716 && result.value[1].updatedAt == 1441824717)
        #expect(result.rateLimit == RateLimit(limit: 600, remaining: 598, reset: fixedNow + 30))
        let request = try #require(transport.requests.first)
        #expect(request.method == "GET")
        #expect(request.path == "/v3/access_settings/whitelist")
        #expect(request.header("Authorization") == "Bearer \(testKey)")
        #expect(request.header("Accept")?.contains("application/json") == true)
        #expect(request.header("on-behalf-of") == nil)
    }

    @Test(arguments: ["acme-subuser", "account-id 12345"])
    func onBehalfOfHeaderIsSentOnEveryOperation(value: String) async throws {
        let transport = FakeTransport([
            .json(200, listJSON), .json(200, ruleJSON), .json(201, listJSON), .noContent(), .noContent(),
            .json(200, #"{"result":[]}"#),
        ])
        let (client, _) = makeClient(transport, onBehalfOf: value)
        _ = try await client.listRules()
        _ = try await client.rule(id: 7)
        _ = try await client.addRules(["192.168.1.1"])
        _ = try await client.removeRule(id: 1)
        _ = try await client.removeRules(ids: [1, 2])
        _ = try await client.activity(limit: 3)
        #expect(transport.requests.count == 6)
        for request in transport.requests {
            #expect(request.header("on-behalf-of") == value)
            #expect(request.header("authorization") == "Bearer \(testKey)")
        }
    }

    @Test func addRulesPostsTheIPsAndDecodesTheCreatedRules() async throws {
        let transport = FakeTransport([.json(201, listJSON)])
        let (client, _) = makeClient(transport)
        let result = try await client.addRules(["192.168.1.1", "192.*.*.*"])
        #expect(result.value.map(\.ip) == ["192.168.1.1/32", "192.0.0.0/8"])
        let request = try #require(transport.requests.first)
        #expect(request.method == "POST")
        #expect(request.path == "/v3/access_settings/whitelist")
        #expect(request.header("content-type")?.hasPrefix("application/json") == true)
        let body = try JSONSerialization.jsonObject(with: Data(try #require(request.body).utf8)) as? [String: Any]
        let ips = (body?["ips"] as? [[String: String]])?.compactMap { $0["ip"] }
        #expect(ips == ["192.168.1.1", "192.*.*.*"])
    }

    @Test func removeRuleDeletesByPath() async throws {
        let transport = FakeTransport([
            .noContent(headers: [
                "X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "9",
                "X-RateLimit-Reset": "\(fixedNow)",
            ])
        ])
        let (client, _) = makeClient(transport)
        let result = try await client.removeRule(id: 42)
        #expect(result.rateLimit == RateLimit(limit: 10, remaining: 9, reset: fixedNow))
        #expect(transport.requests.map(\.method) == ["DELETE"])
        #expect(transport.requests.map(\.path) == ["/v3/access_settings/whitelist/42"])
    }

    @Test func removeRulesDeletesWithAnIDsBody() async throws {
        let transport = FakeTransport([.noContent()])
        let (client, _) = makeClient(transport)
        _ = try await client.removeRules(ids: [3, 5, 8])
        let request = try #require(transport.requests.first)
        #expect(request.method == "DELETE")
        #expect(request.path == "/v3/access_settings/whitelist")
        let body = try JSONSerialization.jsonObject(with: Data(try #require(request.body).utf8)) as? [String: Any]
        #expect(body?["ids"] as? [Int] == [3, 5, 8])
    }

    @Test func deleteAnswering200InsteadOf204StillSucceeds() async throws {
        let transport = FakeTransport([.json(200, "{}")])
        let (client, _) = makeClient(transport)
        _ = try await client.removeRules(ids: [1])
        #expect(transport.requests.count == 1)
    }

    @Test func activitySendsTheLimitAndDecodesAttempts() async throws {
        let body =
            #"{"result":[{"allowed":false,"auth_method":"API","first_at":1444087966,"ip":"198.51.100.23","#
            + #""last_at":1444406672,"location":"São Paulo, Brazil"},{"allowed":true,"auth_method":"Web","#
            + #""first_at":1,"ip":"not-an-ip","last_at":2,"location":"東京, Japan"}]}"#
        let transport = FakeTransport([.json(200, body)])
        let (client, _) = makeClient(transport)
        let result = try await client.activity(limit: 25)
        #expect(transport.requests.first?.path == "/v3/access_settings/activity?limit=25")
        #expect(result.value.count == 2)
        let first = result.value[0]
        #expect(first.ip == "198.51.100.23" && first.address == IPAddress(v4: 198, 51, 100, 23))
        #expect(!first.allowed && first.authMethod == "API" && first.location == "São Paulo, Brazil")
        #expect(first.firstAt == 1444087966 && first.lastAt == 1444406672)
        #expect(result.value[1].address == nil && result.value[1].location == "東京, Japan")
        #expect(result.rateLimit == nil)
    }

    @Test func emptyListDecodesAsNoRules() async throws {
        let transport = FakeTransport([.json(200, #"{"result":[]}"#)])
        let (client, _) = makeClient(transport)
        #expect(try await client.listRules().value.isEmpty)
    }

    @Test func emptyAddsAndBulkDeletesSendNothing() async throws {
        let transport = FakeTransport([])
        let (client, _) = makeClient(transport)
        #expect(try await client.addRules([]).value.isEmpty)
        _ = try await client.removeRules(ids: [])
        #expect(transport.requests.isEmpty)
    }
}
