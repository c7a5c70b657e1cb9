import AccessCore
import OpenAPIRuntime

extension SendGridClient {
    /// The allow list from one GET through `client`: decoded when its body is new (by `ListBodyParser` when it can,
    /// else the generated decoder), the remembered list when the body is byte for byte the last one decoded
    /// (`ListMemo`, `BodyDigestMiddleware`).
    func listedRules(_ client: Client) async throws -> [AllowRule] {
        let slot = DigestSlot()
        do {
            let rules = try await ListMemo.$slot.withValue(slot) {
                try await ResponseMapping.rules(from: client.listAllowedIp())
            }
            if let digest = slot.digest { listMemo.store(rules, digest: digest) }
            return rules
        } catch let error as ClientError {
            guard let ready = error.underlyingError as? UnchangedList else { throw error }
            if ready.fresh, let digest = slot.digest { listMemo.store(ready.rules, digest: digest) }
            return ready.rules
        }
    }
}
