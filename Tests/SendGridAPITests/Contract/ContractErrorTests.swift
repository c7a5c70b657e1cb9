import AccessCore
import Foundation
import SendGridSimulator
import Testing

@testable import SendGridAPI

/// The client's typed errors for what the simulator refuses: 401, 403 (scope and enforcement), 404, 400.
@Suite("Contract: refusals against the simulator")
struct ContractErrorTests {
    /// Shaped like a real key, so that the redaction pattern would catch it too.
    static let wrongKey = "SG.wrongwrongwrongwrong0.WRONGwrongWRONGwrongWRONGwrongWRONGwrongWRO"

    @Test func aWrongKeyIs401AndTheKeyNeverAppearsInTheError() async throws {
        try await withContractSimulator { sim in
            let client = contractClient(sim, key: Self.wrongKey)
            let error = await apiError { () async throws(APIError) in try await client.listRules() }
            #expect(
                error == .unauthorized(messages: ["The provided authorization grant is invalid, expired, or revoked"]))
            let texts = [
                error?.message, error?.description, error.map { String(reflecting: $0) },
                error?.localizedDescription,
            ].compactMap { $0 }
            #expect(texts.count == 4)
            for text in texts {
                #expect(!text.contains(Self.wrongKey))
                #expect(!text.contains("wrongwrongwrong"))
                #expect(!text.contains(contractKey))
            }
            #expect(error?.message.contains("SENDGRID_API_KEY") == true)
            // Not retried: a 401 does not heal.
            #expect(answered(sim) == ["GET /v3/access_settings/whitelist 401"])
        }
    }

    @Test(arguments: [APIOperation.removeRule, .removeRules, .addRules, .activity])
    func aKeyWithoutTheScopeIs403NamingTheScope(_ operation: APIOperation) async throws {
        let scopedKey = "SG.scopedscopedscoped00.read-only-key-for-contract-tests-0000000000"
        try await withContractSimulator({ $0.scopedKeys = [scopedKey: [.whitelistRead]] }) { sim in
            let client = contractClient(sim, key: scopedKey)
            let before = sim.rules()
            #expect(try await client.listRules().value == before)
            let id = try #require(before.last?.id)
            let error = await apiError { () async throws(APIError) in
                switch operation {
                case .removeRule: _ = try await client.removeRule(id: id)
                case .removeRules: _ = try await client.removeRules(ids: [id])
                case .addRules: _ = try await client.addRules(["192.0.2.1"])
                default: _ = try await client.activity(limit: 3)
                }
            }
            #expect(error == .forbidden(messages: ["access forbidden"], operation: operation.rawValue))
            #expect(error?.isAddressNotAllowed == false)
            #expect(error?.message.contains("lack scope \(operation.scope)") == true, "\(String(describing: error))")
            #expect(sim.rules() == before)
            let message = error?.message ?? ""
            #expect(!message.contains(scopedKey))
        }
    }

    @Test func removingTheRuleCoveringTheClientLocksItOut() async throws {
        try await withContractSimulator { sim in
            let client = contractClient(sim)
            let office = try #require(sim.rules().first { $0.ip == "203.0.113.0/24" })
            _ = try await client.removeRule(id: office.id)
            #expect(!sim.rules().contains(office))

            let error = await apiError { () async throws(APIError) in try await client.listRules() }
            #expect(
                error
                    == .forbidden(
                        messages: ["access forbidden: IP address 203.0.113.10 is not on the allow list"],
                        operation: APIOperation.listRules.rawValue))
            #expect(error?.isAddressNotAllowed == true)
            let message = error?.message ?? ""
            #expect(message.contains("203.0.113.10"))
            #expect(message.contains("no longer allowed"), "\(message)")
            #expect(!message.contains("lack scope"), "enforcement must not be blamed on the key's scopes: \(message)")
            // Not retried, and the simulator recorded the blocked attempt.
            #expect(answered(sim).suffix(1) == ["GET /v3/access_settings/whitelist 403"])
            let latest = try #require(sim.activity().first)
            #expect(latest.ip == contractClientIP && !latest.allowed)
            // Every operation is refused now, even the one that could undo it.
            let addBack = await apiError { () async throws(APIError) in try await client.addRules([contractClientIP]) }
            #expect(addBack?.isAddressNotAllowed == true)
            #expect(!sim.rules().contains { $0.ip == "203.0.113.10/32" })
        }
    }

    /// Pure: only a body that mentions the allow list reads as enforcement; SendGrid's bare "access forbidden"
    /// keeps naming the scope.
    @Test func onlyAnAllowListBodyReadsAsEnforcement() {
        let scope = APIError.forbidden(messages: ["access forbidden"], operation: "removeRule")
        #expect(!scope.isAddressNotAllowed)
        #expect(scope.message.contains("lack scope access_settings.whitelist.delete"))
        let enforcement = APIError.forbidden(
            messages: ["access forbidden: IP address 192.0.2.1 is not on the allow list"],
            operation: "removeRule")
        #expect(enforcement.isAddressNotAllowed)
        #expect(enforcement.message.contains("192.0.2.1") && enforcement.message.contains("no longer allowed"))
        #expect(!enforcement.message.contains("lack scope"))
        #expect(!APIError.notFound(messages: ["not on the allow list"]).isAddressNotAllowed)
    }

    @Test func unknownIdsAre404OnGetAndDelete() async throws {
        try await withContractSimulator { sim in
            let client = contractClient(sim)
            let before = sim.rules()
            let get = await apiError { () async throws(APIError) in try await client.rule(id: 999_999) }
            #expect(get == .notFound(messages: ["No allowed IP has the id 999999."]))
            let deleteOne = await apiError { () async throws(APIError) in try await client.removeRule(id: 999_999) }
            #expect(deleteOne == .notFound(messages: ["No allowed IP has the id 999999."]))
            let known = try #require(before.first?.id)
            let deleteMany = await apiError { () async throws(APIError) in
                try await client.removeRules(ids: [known, 999_998])
            }
            #expect(deleteMany == .notFound(messages: ["No allowed IP has the id 999998."]))
            #expect(sim.rules() == before, "a bulk delete with an unknown id removes nothing")
            #expect(get?.message.contains("Refresh the list") == true)
            // 404 is final: one request each.
            #expect(sim.requestLog().count == 3)
        }
    }

    @Test(arguments: ["192.168.*.1", "300.1.2.3", "10.0.0.0/33", "", "not-an-ip"])
    func aBadAddressIs400WithSendGridsMessage(_ entry: String) async throws {
        try await withContractSimulator { sim in
            let before = sim.rules()
            let error = await apiError { () async throws(APIError) in
                try await contractClient(sim).addRules(["192.0.2.1", entry])
            }
            guard case .badRequest(let messages)? = error else {
                Issue.record("expected 400, got \(String(describing: error))")
                return
            }
            #expect(messages.count == 1 && !(messages.first ?? "").isEmpty)
            #expect(error?.message.contains(messages[0]) == true)
            #expect(sim.rules() == before, "a refused add adds nothing")
            #expect(sim.requestLog().count == 1, "a 400 is final and needs no re-read")
        }
    }

    @Test func exceedingTheCapIs400WithTheNumbers() async throws {
        try await withContractSimulator({ $0.ruleCap = 17 }) { sim in
            let client = contractClient(sim)
            _ = try await client.addRules(["192.0.2.1", "192.0.2.2"])
            let error = await apiError { () async throws(APIError) in try await client.addRules(["192.0.2.3"]) }
            #expect(
                error
                    == .badRequest(messages: [
                        "The allow list can hold at most 17 entries; it has 17 and this request adds 1. Remove some first."
                    ]))
            #expect(sim.rules().count == 17)
        }
    }

    @Test func aDuplicateIs400() async throws {
        try await withContractSimulator { sim in
            let error = await apiError { () async throws(APIError) in
                try await contractClient(sim).addRules(["203.0.113.*"])
            }
            guard case .badRequest(let messages)? = error else {
                Issue.record("expected 400, got \(String(describing: error))")
                return
            }
            #expect(messages.first?.contains("203.0.113.0/24 is already on the allow list") == true)
        }
    }
}
