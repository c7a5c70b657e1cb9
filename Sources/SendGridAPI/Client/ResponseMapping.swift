import AccessCore
import OpenAPIRuntime

/// Turns the generated operations' outputs into domain values, or throws `StatusFailure` (an error status with
/// SendGrid's messages) or `MappingFailure` (a 2xx whose content makes no sense).
enum ResponseMapping {
    static func rules(from output: Operations.ListAllowedIp.Output) async throws -> [AllowRule] {
        switch output {
        case .ok(let ok):
            guard let result = try ok.body.json.result else {
                throw MappingFailure("the list has no \"result\" array")
            }
            return try result.map(rule)
        case .badRequest(let r): throw StatusFailure(400, r)
        case .unauthorized(let r): throw StatusFailure(401, r)
        case .forbidden(let r): throw StatusFailure(403, r)
        case .notFound(let r): throw StatusFailure(404, r)
        case .tooManyRequests(let r): throw StatusFailure(429, r)
        case .internalServerError(let r): throw StatusFailure(500, r)
        case .undocumented(let code, let payload): throw await StatusFailure.undocumented(code, payload)
        }
    }

    /// Accepts `{"result": {...}}`, `{"result": [{...}]}` and a bare rule object (see the spec's corrections).
    static func rule(from output: Operations.GetAllowedIp.Output, id: Int) async throws -> AllowRule {
        switch output {
        case .ok(let ok):
            switch try ok.body.json {
            case .IpAccessRule(let bare): return try rule(bare)
            case .case1(let wrapped):
                switch wrapped.result {
                case .IpAccessRule(let object): return try rule(object)
                case .case2(let array): return try rule(array.map(rule), id: id)
                }
            }
        case .badRequest(let r): throw StatusFailure(400, r)
        case .unauthorized(let r): throw StatusFailure(401, r)
        case .forbidden(let r): throw StatusFailure(403, r)
        case .notFound(let r): throw StatusFailure(404, r)
        case .tooManyRequests(let r): throw StatusFailure(429, r)
        case .internalServerError(let r): throw StatusFailure(500, r)
        case .undocumented(let code, let payload): throw await StatusFailure.undocumented(code, payload)
        }
    }

    static func added(from output: Operations.AddIpToAllowList.Output) async throws -> [AllowRule] {
        switch output {
        case .created(let created):
            guard let result = try created.body.json.result else {
                throw MappingFailure("the answer has no \"result\" array")
            }
            return try result.map(rule)
        case .badRequest(let r): throw StatusFailure(400, r)
        case .unauthorized(let r): throw StatusFailure(401, r)
        case .forbidden(let r): throw StatusFailure(403, r)
        case .notFound(let r): throw StatusFailure(404, r)
        case .tooManyRequests(let r): throw StatusFailure(429, r)
        case .internalServerError(let r): throw StatusFailure(500, r)
        case .undocumented(let code, let payload): throw await StatusFailure.undocumented(code, payload)
        }
    }

    static func removed(_ output: Operations.DeleteAllowedIp.Output) async throws {
        switch output {
        case .noContent: return
        case .badRequest(let r): throw StatusFailure(400, r)
        case .unauthorized(let r): throw StatusFailure(401, r)
        case .forbidden(let r): throw StatusFailure(403, r)
        case .notFound(let r): throw StatusFailure(404, r)
        case .tooManyRequests(let r): throw StatusFailure(429, r)
        case .internalServerError(let r): throw StatusFailure(500, r)
        case .undocumented(let code, _) where (200..<300).contains(code): return
        case .undocumented(let code, let payload): throw await StatusFailure.undocumented(code, payload)
        }
    }

    static func removed(_ output: Operations.DeleteAllowedIps.Output) async throws {
        switch output {
        case .noContent: return
        case .badRequest(let r): throw StatusFailure(400, r)
        case .unauthorized(let r): throw StatusFailure(401, r)
        case .forbidden(let r): throw StatusFailure(403, r)
        case .notFound(let r): throw StatusFailure(404, r)
        case .tooManyRequests(let r): throw StatusFailure(429, r)
        case .internalServerError(let r): throw StatusFailure(500, r)
        case .undocumented(let code, _) where (200..<300).contains(code): return
        case .undocumented(let code, let payload): throw await StatusFailure.undocumented(code, payload)
        }
    }

    static func attempts(from output: Operations.ListAccessActivity.Output) async throws -> [AccessAttempt] {
        switch output {
        case .ok(let ok):
            return try ok.body.json.result.map {
                AccessAttempt(ip: $0.ip, allowed: $0.allowed, authMethod: $0.authMethod, location: $0.location,
                              firstAt: Int64($0.firstAt), lastAt: Int64($0.lastAt))
            }
        case .badRequest(let r): throw StatusFailure(400, r)
        case .unauthorized(let r): throw StatusFailure(401, r)
        case .forbidden(let r): throw StatusFailure(403, r)
        case .notFound(let r): throw StatusFailure(404, r)
        case .tooManyRequests(let r): throw StatusFailure(429, r)
        case .internalServerError(let r): throw StatusFailure(500, r)
        case .undocumented(let code, let payload): throw await StatusFailure.undocumented(code, payload)
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
}

/// A 2xx answer whose content the client cannot use.
struct MappingFailure: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}
