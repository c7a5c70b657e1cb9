import AccessCore

@testable import TerminalUI

/// Shared test data built from AccessCore types, and small helpers to drive the reducer.
enum Fixtures {
    /// 2024-05-01 12:00:00 UTC.
    static let now: Int64 = 1_714_564_800
    static let me = IPAddress("203.0.113.10")!
    static let rateLimit = RateLimit(limit: 600, remaining: 598, reset: now + 60)

    /// The account of most tests: a subuser of a parent account, through a profile.
    static let target = AccountTarget(profile: "ops", onBehalfOf: "eu-subuser", endpoint: .global)

    static func config(readOnly: Bool = false, mine: [IPAddress] = [me], pollInterval: Int = 5) -> AppConfig {
        AppConfig(
            target: target, readOnly: readOnly,
            myAddresses: mine.map { MyAddress(address: $0, source: .configured) }, pollInterval: pollInterval)
    }

    static let rules: [AllowRule] = [
        AllowRule(id: 12, ip: "203.0.113.0/24", createdAt: now - 3 * 3600, updatedAt: now - 3600),
        AllowRule(id: 15, ip: "198.51.100.0/28", createdAt: now - 2 * 86_400, updatedAt: now - 2 * 86_400),
        AllowRule(id: 21, ip: "192.0.2.7/32", createdAt: now - 240, updatedAt: now - 240),
        AllowRule(id: 30, ip: "2001:db8::/32", createdAt: now - 40 * 86_400, updatedAt: now - 86_400),
        AllowRule(id: 31, ip: "10.0.0.0/8", createdAt: now - 30, updatedAt: now - 30),
    ]

    static let attempts: [AccessAttempt] = [
        AccessAttempt(
            ip: "198.51.100.23", allowed: false, authMethod: "basic", location: "Lisbon, PT",
            firstAt: now - 3 * 3600, lastAt: now - 240),
        AccessAttempt(
            ip: "192.0.2.99", allowed: false, authMethod: "api_key", location: "東京, JP",
            firstAt: now - 7200, lastAt: now - 30),
        AccessAttempt(
            ip: "203.0.113.10", allowed: true, authMethod: "basic", location: "Dublin\u{202E}, IE\u{1B}[2J",
            firstAt: now - 86_400, lastAt: now - 10),
        AccessAttempt(
            ip: "10.0.0.7", allowed: false, authMethod: "basic", location: "Frankfurt, DE",
            firstAt: now - 600, lastAt: now - 300),
        AccessAttempt(
            ip: "192.0.2.7", allowed: true, authMethod: "api_key", location: "Oslo, NO",
            firstAt: now - 5000, lastAt: now - 4000),
    ]

    /// A state with the fixture list and attempts loaded.
    static func loaded(
        width: Int = 80, height: Int = 24, readOnly: Bool = false, rules: [AllowRule] = rules,
        attempts: [AccessAttempt] = attempts, mine: [IPAddress] = [me], pollInterval: Int = 5
    ) -> AppState {
        var state = AppState(
            config: config(readOnly: readOnly, mine: mine, pollInterval: pollInterval), now: now,
            width: width, height: height)
        _ = reduce(&state, .rulesLoaded(RulesSnapshot(rules), rateLimit: rateLimit, now: now))
        _ = reduce(&state, .activityLoaded(AttemptsSnapshot(attempts), rateLimit: rateLimit, now: now))
        return state
    }

    /// `count` /32 rules with ids 1000…, all outside the fixture addresses.
    static func manyRules(_ count: Int) -> [AllowRule] {
        (0..<count).map { i in
            AllowRule(
                id: 1000 + i, range: CIDR(host: IPAddress(v4: 0xAC10_0000 + UInt32(i))), createdAt: now - Int64(i),
                updatedAt: now)
        }
    }
}

/// Presses keys in order and returns every effect. A `.recheck` the keys cause is answered at once with the list
/// the state already holds (a server where nothing changed), and its effects are returned too; use `pressOnly`
/// to see the `.recheck` itself.
@discardableResult
func press(_ state: inout AppState, _ keys: Key...) -> [Effect] {
    keys.flatMap { answeringRechecks(&state, reduce(&state, .key($0))) }
}

/// Presses keys without answering any `.recheck`.
@discardableResult
func pressOnly(_ state: inout AppState, _ keys: Key...) -> [Effect] {
    keys.flatMap { reduce(&state, .key($0)) }
}

/// Types text one character at a time (answering rechecks like `press`).
@discardableResult
func type(_ state: inout AppState, _ text: String) -> [Effect] {
    text.flatMap { answeringRechecks(&state, reduce(&state, .key(.character($0)))) }
}

/// The effects, with every `.recheck(m)` replaced by what the reducer does when the re-read list is unchanged.
func answeringRechecks(_ state: inout AppState, _ effects: [Effect]) -> [Effect] {
    effects.flatMap { effect -> [Effect] in
        guard case .recheck(let mutation) = effect else { return [effect] }
        return [effect] + reduce(&state, .recheckLoaded(mutation, RulesSnapshot(state.rules.rules), now: state.now))
    }
}

/// Moves the selection of the focused list to the row whose text is `ip`.
func select(_ state: inout AppState, ip: String) {
    switch state.activeList {
    case .rules:
        let at = state.rules.visible.firstIndex { state.rules.rows[$0].ip == ip }!
        state.rules.list.set(at, count: state.rules.visible.count, page: 8)
    case .attempts:
        let at = state.attempts.visible.firstIndex { state.attempts.items[$0].ip == ip }!
        state.attempts.list.set(at, count: state.attempts.visible.count, page: 8)
    }
}

extension [Effect] {
    var adds: [([String], Mutation)] {
        compactMap { if case .add(let m) = $0 { return (m.addedIPs, m) } else { return nil } }
    }
    var removes: [([Int], Mutation)] {
        compactMap { if case .remove(let m) = $0 { return (m.removedIDs, m) } else { return nil } }
    }
    /// Effects other than flash-expiry and poll-timer scheduling.
    var significant: [Effect] {
        filter {
            switch $0 {
            case .schedule(_, .flashExpired), .schedule(_, .pollDue): return false
            default: return true
            }
        }
    }
}

extension ConfirmDialog {
    var isTyped: Bool { typed != nil }
}

extension AppState {
    var confirm: ConfirmDialog? { if case .confirm(let d) = overlay { return d } else { return nil } }
}
