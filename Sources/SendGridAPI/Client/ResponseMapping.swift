import AccessCore

/// Turns the generated operations' success outputs into domain values, or throws `MappingFailure` (a 2xx whose
/// content makes no sense) or `UndocumentedSuccess`. Error statuses never get here: `ErrorStatusMiddleware` has
/// already thrown them as `StatusFailure`. The two DELETEs need no mapper: any 2xx means done.
enum ResponseMapping {
    static func rules(from output: Operations.ListAllowedIp.Output) throws -> [AllowRule] {
        try rules(in: output.success().body.json, missing: "the list has no \"result\" array")
    }

    static func rule(from output: Operations.GetAllowedIp.Output, id: Int) throws -> AllowRule {
        try rule(in: output.success().body.json, id: id)
    }

    static func added(from output: Operations.AddIpToAllowList.Output) throws -> [AllowRule] {
        try rules(in: output.success().body.json, missing: "the answer has no \"result\" array")
    }

    static func attempts(from output: Operations.ListAccessActivity.Output) throws -> [AccessAttempt] {
        try output.success().body.json.result.map(attempt)
    }

    /// The `result` array of a list or add answer; `missing` says what is wrong when there is none.
    static func rules(in payload: Components.Schemas.IpAccessManagement2xx, missing: String) throws -> [AllowRule] {
        guard let result = payload.result else { throw MappingFailure(missing) }
        return try result.map(rule)
    }

    /// Accepts `{"result": {...}}`, `{"result": [{...}]}` and a bare rule object (see the spec's corrections).
    static func rule(in payload: Components.Schemas.IpAccessManagementGetOne, id: Int) throws -> AllowRule {
        switch payload {
        case .IpAccessRule(let bare): return try rule(bare)
        case .case1(let wrapped):
            switch wrapped.result {
            case .IpAccessRule(let object): return try rule(object)
            case .case2(let array): return try rule(array.map(rule), id: id)
            }
        }
    }

    /// A rule needs an id and an address; missing timestamps read as 0.
    static func rule(_ r: Components.Schemas.IpAccessRule) throws -> AllowRule {
        guard let id = r.id else { throw MappingFailure("a rule has no \"id\"") }
        guard let ip = r.ip else { throw MappingFailure("rule \(id) has no \"ip\"") }
        return AllowRule(id: id, ip: ip, createdAt: Int64(r.createdAt ?? 0), updatedAt: Int64(r.updatedAt ?? 0))
    }

    /// The rule from a `result` array: the one with the requested id, or the only one.
    static func rule(_ rules: [AllowRule], id: Int) throws -> AllowRule {
        if let match = rules.first(where: { $0.id == id }) { return match }
        if rules.count == 1 { return rules[0] }
        throw MappingFailure("the answer holds \(rules.count) rules and none has id \(id)")
    }

    /// An activity row; the timestamps are Unix seconds.
    static func attempt(
        _ row: Operations.ListAccessActivity.Output.Ok.Body.JsonPayload.ResultPayloadPayload
    ) -> AccessAttempt {
        AccessAttempt(
            ip: row.ip, allowed: row.allowed, authMethod: row.authMethod, location: row.location,
            firstAt: Int64(row.firstAt), lastAt: Int64(row.lastAt))
    }
}
