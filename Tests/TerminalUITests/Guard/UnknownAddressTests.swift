import AccessCore
import Testing

@testable import TerminalUI

/// While this host's address is unknown every removal may lock it out; the SSH address is the operator's.
@Suite struct UnknownAddressTests {
    func state(given: [MyAddress]) -> AppState {
        let config = AppConfig(myAddresses: given)
        var state = AppState(config: config, now: Fixtures.now, width: 120, height: 40)
        _ = reduce(&state, .rulesLoaded(RulesSnapshot(Fixtures.rules), rateLimit: nil, now: Fixtures.now))
        _ = reduce(&state, .activityLoaded(AttemptsSnapshot(Fixtures.attempts), rateLimit: nil, now: Fixtures.now))
        return state
    }

    static let workstation = MyAddress(address: IPAddress("198.51.100.7")!, source: .ssh)

    @Test func aWorkstationAddressAloneLeavesTheHostUnknown() throws {
        var s = state(given: [Self.workstation])
        #expect(!s.knowledge.isHostKnown)
        select(&s, ip: "192.0.2.7/32")
        press(&s, .character("d"))
        let dialog = try #require(s.confirm)
        #expect(dialog.typed?.expected == "192.0.2.7/32", "the rule's range must be typed")
        #expect(dialog.typed?.reason.contains("this host's address is unknown") == true)
        #expect(dialog.lines.contains(AddressKnowledge.unknownHostSentence))
        #expect(press(&s, .character("y")).removes.isEmpty)
    }

    @Test func noSourceAtAllAlsoNeedsTyping() throws {
        var s = state(given: [])
        select(&s, ip: "203.0.113.0/24")
        press(&s, .character("d"))
        #expect(try #require(s.confirm).typed?.expected == "203.0.113.0/24")
    }

    @Test func addsToANonEmptyListStayOneKey() {
        var s = state(given: [])
        press(&s, .character("2"))
        select(&s, ip: "198.51.100.23")
        #expect(press(&s, .character("a")).adds.count == 1)
    }

    @Test func aPrivateSSHAddressIsNeverProtectedOrAdvisedOn() throws {
        var s = state(given: [MyAddress(address: IPAddress("10.0.0.5")!, source: .ssh)])
        #expect(s.myAddresses.isEmpty, "10.0.0.5 cannot be seen by SendGrid")
        select(&s, ip: "10.0.0.0/8")
        press(&s, .character("d"))
        let dialog = try #require(s.confirm)
        #expect(
            !dialog.lines.contains { $0.contains("add a rule covering 10.0.0.5") || $0.contains("lock out 10.0.0.5") },
            "no advice built on a private address")
        #expect(
            dialog.lines.contains(
                "Your SSH address 10.0.0.5 is private; SendGrid sees your network's public address, unknown."))
        let header = render(s, width: 120, height: 40).lines[1]
        #expect(header.contains("this host ? unknown (set --my-ip)"))
        #expect(header.contains("SSH 10.0.0.5 private: unseen by SendGrid"))
    }

    @Test func aPublicSSHAddressIsProtectedButDoesNotMakeTheHostKnown() throws {
        var s = state(given: [Self.workstation])
        #expect(s.myAddresses == [IPAddress("198.51.100.7")!])
        select(&s, ip: "198.51.100.0/28")
        press(&s, .character("d"))
        let dialog = try #require(s.confirm)
        #expect(dialog.typed?.expected == "198.51.100.7", "it would lock the operator out of the console")
    }

    @Test func aConfiguredAddressMakesPlainRemovalsPlain() throws {
        var s = state(given: [MyAddress(address: Fixtures.me, source: .configured), Self.workstation])
        select(&s, ip: "192.0.2.7/32")
        press(&s, .character("d"))
        #expect(try #require(s.confirm).typed == nil)
    }
}
