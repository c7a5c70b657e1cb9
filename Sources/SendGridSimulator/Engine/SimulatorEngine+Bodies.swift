/// Reading the JSON request bodies, with SendGrid-style field names in the errors.
extension SimulatorEngine {
    static func parseBody(_ body: [UInt8]) -> Result<JSONValue, Problems> {
        guard !body.isEmpty else { return .failure(Problems(nil, "The request body is empty; send a JSON object.")) }
        guard let value = JSONValue.parse(body) else {
            return .failure(Problems(nil, "The request body is not valid JSON."))
        }
        guard case .object = value else { return .failure(Problems(nil, "The request body must be a JSON object.")) }
        return .success(value)
    }

    /// The `ip` strings of `{"ips":[{"ip":"…"}, …]}`.
    static func ipEntries(in body: [UInt8]) -> Result<[String], Problems> {
        parseBody(body).flatMap { value in
            guard case .array(let items)? = value["ips"] else {
                return .failure(Problems("ips", "ips is required: an array of objects like {\"ip\": \"203.0.113.7\"}."))
            }
            guard !items.isEmpty else { return .failure(Problems("ips", "ips must contain at least one IP.")) }
            var entries: [String] = []
            var problems: [Problem] = []
            for (index, item) in items.enumerated() {
                if case .string(let ip)? = item["ip"] {
                    entries.append(ip)
                } else {
                    problems.append(("ips[\(index)].ip", "ip is required and must be a string."))
                }
            }
            return problems.isEmpty ? .success(entries) : .failure(Problems(list: problems))
        }
    }

    /// The ids of `{"ids":[1, 2]}`, in order (repeats kept, so error fields index the request).
    static func ruleIDs(in body: [UInt8]) -> Result<[Int], Problems> {
        parseBody(body).flatMap { value in
            guard case .array(let items)? = value["ids"] else {
                return .failure(Problems("ids", "ids is required: an array of rule ids like [1, 2]."))
            }
            guard !items.isEmpty else { return .failure(Problems("ids", "ids must contain at least one id.")) }
            var ids: [Int] = []
            var problems: [Problem] = []
            for (index, item) in items.enumerated() {
                guard case .int(let id) = item, let small = Int(exactly: id) else {
                    problems.append(("ids[\(index)]", "Each id must be an integer."))
                    continue
                }
                ids.append(small)
            }
            return problems.isEmpty ? .success(ids) : .failure(Problems(list: problems))
        }
    }
}
