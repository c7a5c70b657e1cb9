import AccessCore

@testable import TerminalUI

/// Accounts for the switching tests: the fixture's own account (a subuser through profile "ops") between a
/// parent account and an EU subuser.
extension Fixtures {
    static let parentChoice = AccountChoice(
        id: "ops-parent", target: AccountTarget(profile: "ops-parent", endpoint: .global), accent: .green)
    static let currentChoice = AccountChoice(id: "ops", target: target)
    static let euChoice = AccountChoice(
        id: "eu/sub2", target: AccountTarget(profile: "eu", onBehalfOf: "sub2", endpoint: .eu), accent: .red)
    static let accounts = [parentChoice, currentChoice, euChoice]

    /// The configuration the opener gives for the EU subuser: its own addresses and settings.
    static let euConfig = AppConfig(
        target: euChoice.target, accent: .red, myAddresses: [MyAddress(address: me, source: .configured)],
        activityLimit: 50, pollInterval: 7)

    /// The EU subuser's allow list.
    static let euRules = [
        AllowRule(id: 501, ip: "203.0.113.10/32", createdAt: now - 600, updatedAt: now - 600),
        AllowRule(id: 502, ip: "192.0.2.128/25", createdAt: now - 600, updatedAt: now - 600),
    ]

    /// The loaded fixture state, offered the three accounts.
    static func switchable(width: Int = 80, height: Int = 24) -> AppState {
        var state = AppState(config: config(), now: now, width: width, height: height, accounts: accounts)
        _ = reduce(&state, .rulesLoaded(RulesSnapshot(rules), rateLimit: rateLimit, now: now))
        _ = reduce(&state, .activityLoaded(AttemptsSnapshot(attempts), rateLimit: rateLimit, now: now))
        return state
    }
}

extension AppState {
    var picker: AccountPicker? { if case .accounts(let p) = overlay { return p } else { return nil } }
}

extension [Effect] {
    var switches: [AccountChoice] {
        compactMap { if case .switchAccount(let choice) = $0 { return choice } else { return nil } }
    }
}
