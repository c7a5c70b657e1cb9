import AccessCore
import Testing

@testable import SendGridAPI

@Suite("GET one rule: every shape the API is known to send")
struct GetOneDecodingTests {
    @Test(arguments: [
        ("wrapped object", #"{"result":\#(ruleJSON)}"#),
        ("wrapped one-element array", #"{"result":[\#(ruleJSON)]}"#),
        ("bare object", ruleJSON),
    ])
    func acceptsShape(name: String, body: String) async throws {
        let transport = FakeTransport([.json(200, body)])
        let (client, _) = makeClient(transport)
        let rule = try await client.rule(id: 7).value
        #expect(rule.id == 7, "\(name)")
        #expect(rule.ip == "203.0.113.0/24")
        #expect(rule.range == CIDR(address: IPAddress(v4: 203, 0, 113, 0), prefixLength: 24))
        #expect(rule.createdAt == 1441824715 && rule.updatedAt == 1441824716)
        #expect(transport.requests.first?.path == "/v3/access_settings/whitelist/7")
    }

    @Test func anArrayOfSeveralPicksTheRequestedID() async throws {
        let other = #"{"id":9,"ip":"10.0.0.0/8","created_at":1,"updated_at":1}"#
        let transport = FakeTransport([.json(200, #"{"result":[\#(other),\#(ruleJSON)]}"#)])
        let (client, _) = makeClient(transport)
        #expect(try await client.rule(id: 7).value.id == 7)
    }

    @Test(arguments: [
        (#"{"result":{}}"#, "no \"id\""),
        (#"{"result":[]}"#, "0 rules"),
        (#"{"result":{"id":7}}"#, "no \"ip\""),
        (#"[1,2]"#, "not JSON of the expected shape"),
        (#"{"result": "#, "not JSON of the expected shape"),
    ])
    func unusableBodiesAreUndecodable(body: String, reasonFragment: String) async throws {
        let transport = FakeTransport([.json(200, body)])
        let (client, _) = makeClient(transport)
        let error = await apiError { () async throws(APIError) in try await client.rule(id: 7) }
        guard case .undecodable(let reason) = error else {
            Issue.record("expected undecodable, got \(String(describing: error))")
            return
        }
        #expect(reason.contains(reasonFragment), "\(reason)")
        #expect(transport.requests.count == 1, "an unreadable 2xx is not retried")
    }
}
