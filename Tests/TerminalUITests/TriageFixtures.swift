import AccessCore

@testable import TerminalUI

/// Attempts for the triage inbox: twelve refused addresses of one office /24 (two of them by two methods), two
/// refused IPv6 addresses of one /48, an attacker, and the fixture list's allowed addresses.
enum TriageFixtures {
    static let now = Fixtures.now
    static let office = CIDR(address: IPAddress("100.64.12.0")!, prefixLength: 24)
    static let v6Range = CIDR(address: IPAddress("2a00:1450:4001::")!, prefixLength: 48)

    static let attempts: [AccessAttempt] = {
        var out: [AccessAttempt] = []
        for i in 1...12 {
            out.append(
                AccessAttempt(
                    ip: "100.64.12.\(i)", allowed: false, authMethod: "basic", location: "Leeds, GB",
                    firstAt: now - 3600 - Int64(i) * 60, lastAt: now - Int64(i) * 60))
        }
        for i in 1...2 {
            out.append(
                AccessAttempt(
                    ip: "100.64.12.\(i)", allowed: false, authMethod: "api_key", location: "Leeds, GB",
                    firstAt: now - 7200, lastAt: now - 20))
        }
        out.append(
            AccessAttempt(
                ip: "2a00:1450:4001:1::5", allowed: false, authMethod: "api_key", location: "Dublin, IE",
                firstAt: now - 900, lastAt: now - 400))
        out.append(
            AccessAttempt(
                ip: "2a00:1450:4001:2::6", allowed: false, authMethod: "basic", location: "Cork, IE",
                firstAt: now - 800, lastAt: now - 500))
        out.append(
            AccessAttempt(
                ip: "198.51.100.23", allowed: false, authMethod: "basic", location: "Lisbon, PT",
                firstAt: now - 3 * 3600, lastAt: now - 240))
        out.append(
            AccessAttempt(
                ip: "203.0.113.10", allowed: true, authMethod: "basic", location: "Dublin, IE", firstAt: now - 86_400,
                lastAt: now - 10))
        out.append(
            AccessAttempt(
                ip: "192.0.2.7", allowed: true, authMethod: "api_key", location: "Oslo, NO", firstAt: now - 5000,
                lastAt: now - 4000))
        return out
    }()

    /// The triage attempts loaded, the attempts pane focused.
    static func loaded(width: Int = 120, height: Int = 40, readOnly: Bool = false) -> AppState {
        var state = Fixtures.loaded(width: width, height: height, readOnly: readOnly, attempts: attempts)
        press(&state, .character("2"))
        return state
    }
}

extension AppState {
    /// The listed rows, in display order.
    var shownAttempts: [AttemptRow] { attempts.visible.map { attempts.items[$0] } }
}
