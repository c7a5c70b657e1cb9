import AccessCore
import Foundation
import TerminalUI

@testable import SendGridSimulator

/// Performs the reducer's effects against an in-process `SimulatorEngine`, synchronously, and feeds the answers
/// back as actions — the runtime's contract without sockets, threads or a terminal. Every request goes through
/// the engine's request log.
struct EngineDriver {
    var engine: SimulatorEngine
    var now: Int64
    let key = SimulatorConfiguration.demoAPIKey
    /// Actions to deliver later (`Effect.schedule`), with their due time.
    var timers: [(at: Int64, action: Action)] = []
    /// Every record of the engine's request log, kept whole (the engine keeps only the most recent ones).
    var requests: [SimulatorRequestRecord] = []

    init(configuration: SimulatorConfiguration, now: Int64) throws {
        engine = try SimulatorEngine(configuration: configuration, now: now)
        self.now = now
    }

    mutating func request(_ method: String, _ target: String, body: [String: Any]? = nil) -> SimulatorResponse {
        let data = body.map { try! JSONSerialization.data(withJSONObject: $0) }.map { Array($0) } ?? []
        var headers = ["Authorization": "Bearer \(key)"]
        if !data.isEmpty { headers["Content-Type"] = "application/json" }
        let response = engine.handle(
            SimulatorRequest(method: method, target: target, headers: headers, body: data), now: now)
        if let record = engine.requestLog.last { requests.append(record) }
        return response
    }

    static func failure(_ response: SimulatorResponse) -> FailureInfo {
        FailureInfo(
            message: "SendGrid answered \(response.status): \(response.bodyText.prefix(120))",
            isTransient: response.status >= 500,
            reason: "status \(response.status)")
    }

    static func rules(_ response: SimulatorResponse) -> [AllowRule]? {
        guard (200..<300).contains(response.status),
            let object = try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any],
            let result = object["result"] as? [[String: Any]]
        else { return nil }
        return result.compactMap { row in
            guard let id = row["id"] as? Int, let ip = row["ip"] as? String else { return nil }
            return AllowRule(
                id: id, ip: ip, createdAt: (row["created_at"] as? Int).map(Int64.init) ?? 0,
                updatedAt: (row["updated_at"] as? Int).map(Int64.init) ?? 0)
        }
    }

    static func attempts(_ response: SimulatorResponse) -> [AccessAttempt]? {
        guard response.status == 200,
            let object = try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any],
            let result = object["result"] as? [[String: Any]]
        else { return nil }
        return result.compactMap { row in
            guard let ip = row["ip"] as? String, let allowed = row["allowed"] as? Bool else { return nil }
            return AccessAttempt(
                ip: ip, allowed: allowed, authMethod: row["auth_method"] as? String ?? "",
                location: row["location"] as? String ?? "",
                firstAt: (row["first_at"] as? Int).map(Int64.init) ?? 0,
                lastAt: (row["last_at"] as? Int).map(Int64.init) ?? 0)
        }
    }

    /// The action that answers a GET of the list.
    mutating func listAction(_ make: ([AllowRule], Int64) -> Action, failed: (FailureInfo, Int64) -> Action) -> Action {
        let response = request("GET", "/v3/access_settings/whitelist")
        let at = now
        return Self.rules(response).map { make($0, at) } ?? failed(Self.failure(response), at)
    }

    /// Performs one effect; returns the actions it produces now (timers are kept for `due()`).
    mutating func perform(_ effect: Effect) -> [Action] {
        switch effect {
        case .fetch(.rules):
            return [
                listAction(
                    { .rulesLoaded(RulesSnapshot($0), rateLimit: nil, now: $1) },
                    failed: { .pollFailed($0, now: $1, target: .rules) })
            ]
        case .fetch(.activity):
            let response = request("GET", "/v3/access_settings/activity?limit=100")
            return [
                Self.attempts(response).map { .activityLoaded(AttemptsSnapshot($0), rateLimit: nil, now: now) }
                    ?? .pollFailed(Self.failure(response), now: now, target: .activity)
            ]
        case .recheck(let mutation):
            return [
                listAction(
                    { .recheckLoaded(mutation, RulesSnapshot($0), now: $1) },
                    failed: { .recheckFailed(mutation, $0, now: $1) })
            ]
        case .add(let mutation):
            let ips = mutation.addedIPs
            let response = request("POST", "/v3/access_settings/whitelist", body: ["ips": ips.map { ["ip": $0] }])
            return [
                .mutationFinished(mutation, Self.rules(response).map { .added($0) } ?? .failed(Self.failure(response)))
            ]
        case .remove(let mutation):
            let ids = mutation.removedIDs
            let response =
                ids.count == 1
                ? request("DELETE", "/v3/access_settings/whitelist/\(ids[0])")
                : request("DELETE", "/v3/access_settings/whitelist", body: ["ids": ids])
            let ok = response.status == 204 || response.status == 200
            return [.mutationFinished(mutation, ok ? .removed(ids: ids) : .failed(Self.failure(response)))]
        case .schedule(let seconds, let action):
            timers.append((now + Int64(seconds), action))
            return []
        case .loadLedger, .reconcile, .annotate:
            return [.ledgerLoaded(LedgerSnapshot(), reconciled: [])]  // no journal: the engine's changes only
        case .copy, .exit, .render, .suspend, .redrawAll, .switchAccount, .triage:
            return []
        }
    }

    /// Timers that are due, in order.
    mutating func due() -> [Action] {
        let ready = timers.filter { $0.at <= now }.map(\.action)
        timers.removeAll { $0.at <= now }
        return ready
    }

    /// The parent account's list, as another admin would change it (no request of ours is logged).
    var parentRules: [AllowRule] {
        get { engine.tenants["", default: TenantState()].rules }
        set { engine.tenants["", default: TenantState()].rules = newValue }
    }

    func allows(_ address: IPAddress) -> Bool { engine.tenants["", default: TenantState()].allows(address) }
}
