import AccessCore
import Foundation

extension SimulatorEngine {
    /// Answers one request received at `now` (Unix seconds).
    ///
    /// Order: routing (404/405), forced faults and the 5xx rate, the rate limit (429), the key (401), enforcement of
    /// the caller's address (403, recorded as a blocked attempt), the key's scopes (403), then the operation itself.
    /// Delivery faults (reset, truncation, malformed JSON) come after the operation took effect.
    public mutating func handle(_ request: SimulatorRequest, now: Int64) -> SimulatorResponse {
        let response = respond(request, now: now)
        requestLog.append(
            SimulatorRequestRecord(
                method: request.method, path: request.path, tenant: tenantName(of: request),
                status: response.status, delivery: response.delivery, at: now))
        if requestLog.count > Self.requestLogCapacity {
            requestLog.removeFirst(requestLog.count - Self.requestLogCapacity)
        }
        return response
    }

    private mutating func respond(_ request: SimulatorRequest, now: Int64) -> SimulatorResponse {
        if request.path == Self.discoveryPath {
            guard request.method == "GET" || request.method == "HEAD" else {
                return .methodNotAllowed(allowed: ["GET", "HEAD"])
            }
            return SimulatorResponse(
                status: 200, headers: ["Content-Type": "text/plain; charset=utf-8"],
                body: Array((callerAddress(request).description + "\n").utf8))
        }
        switch Operation.match(method: request.method, path: request.path) {
        case .notFound: return .error(404, "resource not found")
        case .methodNotAllowed(let allowed): return .methodNotAllowed(allowed: allowed)
        case .operation(let operation):
            var response = respondToAPI(operation, request, now: now)
            response.delay = drawLatency()
            return response
        }
    }

    private mutating func respondToAPI(
        _ operation: Operation, _ request: SimulatorRequest, now: Int64
    ) -> SimulatorResponse {
        var deliveryFault: ForcedFault?
        if !forced.isEmpty {
            let fault = forced.removeFirst()
            if case .status(let status) = fault { return Self.failure(status: status) }
            deliveryFault = fault
        } else if rng.chance(faults.serverErrorRate) {
            return Self.failure(status: faults.serverErrorStatuses.randomElement(using: &rng) ?? 500)
        }
        var rateHeaders: [String: String] = [:]
        if var limiter = rateLimiter {
            let verdict = limiter.consume(now: now)
            rateLimiter = limiter
            rateHeaders = verdict.headers
            if !verdict.allowed { return SimulatorResponse.tooManyRequests.adding(headers: rateHeaders) }
        }
        let response = authorizedResponse(operation, request, now: now).adding(headers: rateHeaders)
        return applyDeliveryFault(deliveryFault, to: response)
    }

    private mutating func authorizedResponse(
        _ operation: Operation, _ request: SimulatorRequest, now: Int64
    ) -> SimulatorResponse {
        guard let scopes = scopes(authorization: request.header("authorization")) else { return .unauthorized }
        let tenant = tenantName(of: request)
        let caller = callerAddress(request)
        let allowed = !enforce || tenants[tenant, default: TenantState()].allows(caller)
        tenants[tenant, default: TenantState()].record(
            ip: caller.description, allowed: allowed, authMethod: "API",
            location: LocationTable.location(for: caller.description), at: now, capacity: activityCapacity)
        guard allowed else {
            return .error(403, "access forbidden: IP address \(caller) is not on the allow list")
        }
        guard scopes.contains(operation.scope) else { return .forbidden }
        return perform(operation, request, tenant: tenant, now: now)
    }

    private mutating func perform(
        _ operation: Operation, _ request: SimulatorRequest, tenant: String, now: Int64
    ) -> SimulatorResponse {
        switch operation {
        case .listRules: return listRules(tenant: tenant)
        case .addRules: return addRules(body: request.body, tenant: tenant, now: now)
        case .deleteRules: return deleteRules(body: request.body, tenant: tenant)
        case .getRule(let id): return getRule(id, tenant: tenant)
        case .deleteRule(let id): return deleteRule(id, tenant: tenant)
        case .listActivity: return listActivity(limit: request.query["limit"], tenant: tenant)
        }
    }

    /// The scopes of the key in `Authorization: Bearer <key>`; nil when the header is missing or the key unknown.
    func scopes(authorization: String?) -> Set<SimulatorScope>? {
        guard let header = authorization?.trimmingCharacters(in: .whitespaces) else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let key = parts[1].trimmingCharacters(in: .whitespaces)
        if key == apiKey { return Set(SimulatorScope.allCases) }
        return scopedKeys[key]
    }

    func tenantName(of request: SimulatorRequest) -> String {
        Self.tenantKey(request.header("on-behalf-of"))
    }

    /// The configured client address, or the first `X-Forwarded-For` address when trusted and valid.
    func callerAddress(_ request: SimulatorRequest) -> IPAddress {
        guard trustForwardedFor, let forwarded = request.header("x-forwarded-for"),
            let first = forwarded.split(separator: ",").first,
            let address = IPAddress(String(first))
        else { return clientIP }
        return address
    }

    static func failure(status: Int) -> SimulatorResponse {
        switch status {
        case 401: return .unauthorized
        case 403: return .forbidden
        case 429: return .tooManyRequests
        case 404: return .error(404, "resource not found")
        case 500: return .error(500, "internal server error")
        case 502: return .error(502, "bad gateway")
        case 503: return .error(503, "service unavailable")
        case 504: return .error(504, "gateway timeout")
        default: return .error(status, "simulated failure")
        }
    }

    private mutating func drawLatency() -> Duration {
        guard faults.latencyJitter > .zero else { return faults.latency }
        return faults.latency + faults.latencyJitter * Double.random(in: 0...1, using: &rng)
    }

    private mutating func applyDeliveryFault(
        _ forcedFault: ForcedFault?, to response: SimulatorResponse
    ) -> SimulatorResponse {
        var fault = forcedFault
        if fault == nil {
            if rng.chance(faults.connectionResetRate) {
                fault = .connectionReset
            } else if rng.chance(faults.truncatedBodyRate) {
                fault = .truncatedBody
            } else if rng.chance(faults.malformedJSONRate) {
                fault = .malformedJSON
            }
        }
        var response = response
        switch fault {
        case .connectionReset?:
            response.delivery = .connectionReset
        case .truncatedBody? where !response.body.isEmpty:
            response.delivery = .truncated(keep: response.body.count / 2)
        case .malformedJSON? where !response.body.isEmpty:
            response.body = Array(response.body.prefix(response.body.count / 2)) + Array("<!-- upstream hiccup".utf8)
        default:
            break
        }
        return response
    }
}

extension SimulatorResponse {
    func adding(headers extra: [String: String]) -> SimulatorResponse {
        var copy = self
        copy.headers.merge(extra) { _, new in new }
        return copy
    }
}
