import AccessCore
import Testing

@testable import TerminalUI

/// The app learns this host's address from SendGrid's activity and protects it from then on.
@Suite struct LearningTests {
    static let host = IPAddress("203.0.113.10")!

    func attempts(hostAt lastAt: Int64) -> [AccessAttempt] {
        Fixtures.attempts.filter { $0.ip != "203.0.113.10" }
            + [
                AccessAttempt(
                    ip: "203.0.113.10", allowed: true, authMethod: "API", location: "Dublin, IE",
                    firstAt: Fixtures.now - 900, lastAt: lastAt)
            ]
    }

    @Test func afterThreeMovingPollsTheHostIsKnownAndProtected() throws {
        var state = AppState(
            config: AppConfig(myAddresses: []), now: Fixtures.now, width: 120, height: 40)
        _ = reduce(&state, .rulesLoaded(RulesSnapshot(Fixtures.rules), rateLimit: nil, now: Fixtures.now))
        var flashes: [String] = []
        for poll in 0...HostAddressLearner.requiredPolls {
            let at = Fixtures.now + Int64(poll * 5)
            _ = reduce(&state, .activityLoaded(AttemptsSnapshot(attempts(hostAt: at)), rateLimit: nil, now: at))
            if let text = state.flash?.text { flashes.append(text) }
        }
        #expect(state.knowledge.hostAddresses == [Self.host])
        #expect(flashes.last?.hasPrefix("Learned this host's address from SendGrid's activity: 203.0.113.10") == true)
        #expect(state.rules.rows.firstIndex { $0.id == 12 }.map(state.rules.coversMine(at:)) == true)
        #expect(
            render(state, width: 120, height: 40).lines[1].contains(
                "this host 203.0.113.10 ✓ allowed by #12 — seen at our last 3 polls"))
        select(&state, ip: "203.0.113.0/24")
        press(&state, .character("d"))
        #expect(try #require(state.confirm).typed?.expected == "203.0.113.10")
    }

    @Test func beforeThatRemovalsNeedTyping() throws {
        var state = AppState(
            config: AppConfig(myAddresses: []), now: Fixtures.now, width: 120, height: 40)
        _ = reduce(&state, .rulesLoaded(RulesSnapshot(Fixtures.rules), rateLimit: nil, now: Fixtures.now))
        for poll in 0..<HostAddressLearner.requiredPolls {
            let at = Fixtures.now + Int64(poll * 5)
            _ = reduce(&state, .activityLoaded(AttemptsSnapshot(attempts(hostAt: at)), rateLimit: nil, now: at))
        }
        #expect(!state.knowledge.isHostKnown)
        select(&state, ip: "192.0.2.7/32")
        press(&state, .character("d"))
        #expect(try #require(state.confirm).typed?.expected == "192.0.2.7/32")
    }

    @Test func aConfiguredAddressThatSendGridDoesNotSeeIsReported() {
        let configured = MyAddress(address: IPAddress("198.51.100.99")!, source: .configured)
        var state = AppState(
            config: AppConfig(myAddresses: [configured]), now: Fixtures.now, width: 120, height: 40)
        _ = reduce(&state, .rulesLoaded(RulesSnapshot(Fixtures.rules), rateLimit: nil, now: Fixtures.now))
        for poll in 0...HostAddressLearner.requiredPolls {
            let at = Fixtures.now + Int64(poll * 5)
            _ = reduce(&state, .activityLoaded(AttemptsSnapshot(attempts(hostAt: at)), rateLimit: nil, now: at))
        }
        #expect(state.myAddresses == [IPAddress("198.51.100.99")!, Self.host], "both are protected")
        #expect(
            state.flash?.text.contains(
                "Configured 198.51.100.99, but SendGrid sees this host's calls from 203.0.113.10") == true)
    }
}

@Suite struct DisagreementTests {
    @Test func configuredAndDiscoveredAddressesThatDifferAreShownAtStart() {
        let given = [
            MyAddress(address: IPAddress("203.0.113.10")!, source: .configured),
            MyAddress(address: IPAddress("198.51.100.7")!, source: .discovered),
        ]
        let state = AppState(config: AppConfig(myAddresses: given), now: Fixtures.now)
        #expect(
            state.flash?.text
                == "--my-ip/SGACCESS_MY_IPS say 203.0.113.10, but the discovery URL says 198.51.100.7; the guard protects all of them."
        )
        #expect(state.myAddresses == given.map(\.address))
    }
}
