import AccessCore
import Foundation

extension SimulatorEngine {
    /// Rows served when `limit` is absent.
    static let defaultActivityLimit = 20

    func listActivity(limit text: String?, tenant: String) -> SimulatorResponse {
        var limit = Self.defaultActivityLimit
        if let text {
            guard let number = Int(text.trimmingCharacters(in: .whitespaces)), number >= 1 else {
                return .error(400, field: "limit", "limit must be a whole number of at least 1.")
            }
            limit = number
        }
        let rows = activity(tenant: tenant).prefix(limit).enumerated().map { index, attempt in
            Self.json(faults.hostileStrings ? Self.hostile(attempt, index: index) : attempt)
        }
        return .json(200, .object([JSONField("result", .array(rows))]))
    }

    static func json(_ attempt: AccessAttempt) -> JSONValue {
        .object([
            JSONField("allowed", .bool(attempt.allowed)),
            JSONField("auth_method", .string(attempt.authMethod)),
            JSONField("first_at", .int(attempt.firstAt)),
            JSONField("ip", .string(attempt.ip)),
            JSONField("last_at", .int(attempt.lastAt)),
            JSONField("location", .string(attempt.location)),
        ])
    }

    /// The attempt with hostile text in `location` and `auth_method`, cycling through the catalogue by row.
    static func hostile(_ attempt: AccessAttempt, index: Int) -> AccessAttempt {
        let locations = HostileStrings.locations, methods = HostileStrings.authMethods
        return AccessAttempt(
            ip: attempt.ip, allowed: attempt.allowed, authMethod: methods[index % methods.count],
            location: locations[index % locations.count], firstAt: attempt.firstAt, lastAt: attempt.lastAt)
    }

    /// One generated attempt on the parent account from the traffic pool (allowed as enforcement would decide).
    @discardableResult
    public mutating func generateTraffic(now: Int64) -> AccessAttempt {
        let ip = DemoSeed.trafficPool.randomElement(using: &rng)!
        let method = rng.chance(0.7) ? "API" : "Web"
        let address = IPAddress(ip)!
        let allowed = !enforce || tenants["", default: TenantState()].allows(address)
        let location = LocationTable.location(for: ip)
        tenants["", default: TenantState()].record(
            ip: ip, allowed: allowed, authMethod: method, location: location,
            at: now, capacity: activityCapacity)
        return AccessAttempt(
            ip: ip, allowed: allowed, authMethod: method, location: location, firstAt: now, lastAt: now)
    }
}
