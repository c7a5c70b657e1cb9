import AccessCore
import Logging

extension SendGridClient {
    /// POST, sent exactly once. When its outcome is unknown (timeout, lost connection, 5xx, unreadable 2xx) the
    /// list is re-read and `APIError.addUncertain` names what landed and what did not.
    func add(_ ips: [String]) async throws(APIError) -> APIResult<[AllowRule]> {
        let body = Operations.AddIpToAllowList.Input.Body.json(.init(ips: ips.map { .init(ip: $0) }))
        let outcome = await attempt(.addRules) { client in
            try await ResponseMapping.added(from: client.addIpToAllowList(body: body))
        }
        switch outcome {
        case .success(let result):
            return result
        case .failure(let failure):
            guard failure.mayHaveLanded else { throw failure.error }
            logger.info("add outcome unknown; re-reading the list", metadata: ["error": "\(failure.error.summary)"])
            throw await reconcile(ips, cause: failure.error)
        }
    }

    /// Compares the requested entries (normalised to CIDRs) with a fresh list.
    func reconcile(_ ips: [String], cause: APIError) async -> APIError {
        let reread = await run(.listRules, boundByDeadline: false) { client in
            try await listedRules(client)
        }
        switch reread {
        case .failure(let error):
            return .addUncertain(
                landed: [], missing: [], cause: "\(cause.summary); re-reading the list: \(error.summary)")
        case .success(let list):
            let present = Set(list.value.compactMap(\.range))
            var landed: [String] = []
            var missing: [String] = []
            for ip in ips {
                guard case .success(let entry) = AllowEntryParser.parse(ip) else {
                    appendOnce(redactor.untrusted(ip), to: &missing)
                    continue
                }
                let text = entry.range.description
                if present.contains(entry.range) {
                    appendOnce(text, to: &landed)
                } else {
                    appendOnce(text, to: &missing)
                }
            }
            return .addUncertain(landed: landed, missing: missing, cause: cause.summary)
        }
    }

    private func appendOnce(_ text: String, to list: inout [String]) {
        if !list.contains(text) { list.append(text) }
    }
}
