import Testing

@testable import AccessCore

/// A learner that has seen `addresses` move at four polls in a row.
func learner(_ addresses: [String]) -> HostAddressLearner {
    var learner = HostAddressLearner()
    for n: Int64 in 0..<4 {
        let now = 1_700_000_000 + n * 5
        learner.observe(
            addresses.map {
                AccessAttempt(
                    ip: $0, allowed: true, authMethod: "API", location: "", firstAt: 1_700_000_000, lastAt: now)
            }, polledAt: now)
    }
    return learner
}

@Suite struct AddressKnowledgeTests {
    func mine(_ text: String, _ source: MyAddress.Source) -> MyAddress { MyAddress(address: ip(text), source: source) }

    @Test func theSSHAddressAloneLeavesThisHostUnknown() {
        let knowledge = AddressKnowledge(given: [mine("198.51.100.7", .ssh)])
        #expect(!knowledge.isHostKnown)
        #expect(knowledge.hostAddresses.isEmpty)
        #expect(knowledge.hostSummary == "this host: unknown")
        #expect(knowledge.operatorAddress == ip("198.51.100.7"))
    }

    @Test func aPublicSSHAddressIsProtectedButTheHostIsStillUnknown() {
        let knowledge = AddressKnowledge(given: [mine("198.51.100.7", .ssh)])
        #expect(knowledge.protected == [ip("198.51.100.7")])
        #expect(knowledge.operatorSummary == "your SSH address 198.51.100.7 (the web console's caller)")
        let mapped = AddressKnowledge(given: [mine("::ffff:198.51.100.7", .ssh)])
        #expect(mapped.protected == [ip("198.51.100.7")], "compared as IPv4, the way SendGrid sees it")
    }

    @Test(arguments: [
        ("10.0.0.5", "private"), ("172.20.1.1", "private"), ("192.168.1.9", "private"),
        ("127.0.0.1", "loopback"), ("169.254.3.4", "link-local"), ("fe80::1", "link-local"),
        ("fd12::5", "private"), ("::ffff:10.0.0.5", "private"), ("100.64.1.1", "carrier-grade NAT"),
    ])
    func aNonPublicSSHAddressIsNeverProtected(_ address: String, _ word: String) {
        let knowledge = AddressKnowledge(given: [mine("203.0.113.10", .configured), mine(address, .ssh)])
        #expect(knowledge.protected == [ip("203.0.113.10")])
        let shown = ip(address).unmappingIPv4
        #expect(
            knowledge.operatorSummary
                == "your SSH address \(shown) is \(word); SendGrid sees your network's public address, unknown")
        #expect(AddressKnowledge(given: [mine(address, .ssh)]).protected.isEmpty)
    }

    @Test func configuredDiscoveredAndLearnedAddressesAreThisHost() {
        let knowledge = AddressKnowledge(
            given: [mine("203.0.113.10", .configured), mine("198.51.100.7", .ssh), mine("192.0.2.44", .discovered)],
            learner: learner(["192.0.2.44", "2001:db8::9"]))
        #expect(knowledge.told == [ip("203.0.113.10"), ip("192.0.2.44")])
        #expect(knowledge.hostAddresses == [ip("203.0.113.10"), ip("192.0.2.44"), ip("2001:db8::9")])
        #expect(knowledge.protected == [ip("203.0.113.10"), ip("192.0.2.44"), ip("2001:db8::9"), ip("198.51.100.7")])
        #expect(
            knowledge.hostSummary == "this host 203.0.113.10 (configured), 192.0.2.44 (discovered, seen by SendGrid), "
                + "2001:db8::9 — seen at our last 3 polls")
        #expect(AddressKnowledge(given: [mine("203.0.113.10", .configured)]).operatorSummary == nil)
    }

    @Test func anAddressGivenAsSSHAndDiscoveredIsLabelledDiscovered() {
        let knowledge = AddressKnowledge(given: [mine("198.51.100.7", .ssh), mine("198.51.100.7", .discovered)])
        #expect(knowledge.isHostKnown)
        #expect(knowledge.hostSummary == "this host 198.51.100.7 (discovered)")
        #expect(knowledge.protected == [ip("198.51.100.7")])
    }

    @Test func configuredAndLearnedDisagree() {
        let knowledge = AddressKnowledge(given: [mine("203.0.113.10", .configured)], learner: learner(["198.51.100.7"]))
        #expect(
            knowledge.disagreement == "Configured 203.0.113.10, but SendGrid sees this host's calls from 198.51.100.7; "
                + "the guard protects all of them.")
        #expect(knowledge.protected == [ip("203.0.113.10"), ip("198.51.100.7")])
        let agreeing = AddressKnowledge(given: [mine("198.51.100.7", .configured)], learner: learner(["198.51.100.7"]))
        #expect(agreeing.disagreement == nil)
        #expect(agreeing.hostSummary == "this host 198.51.100.7 (configured, seen by SendGrid)")
    }

    @Test func severalLearnedInStep() {
        let knowledge = AddressKnowledge(
            given: [mine("10.0.0.5", .ssh)], learner: learner(["198.51.100.7", "192.0.2.44"]))
        #expect(
            knowledge.disagreement
                == "Several addresses (192.0.2.44, 198.51.100.7) move in step with our polls; the guard treats all of them as this host."
        )
        #expect(knowledge.isHostKnown)
        #expect(AddressKnowledge(given: [], learner: learner(["198.51.100.7"])).disagreement == nil)
    }

    @Test func aLearnedAddressThatStoppedOrRestartedMovingIsDescribed() {
        var learned = learner(["198.51.100.7"])
        let late: Int64 = 1_700_000_100
        let row = { (t: Int64) in
            [
                AccessAttempt(
                    ip: "198.51.100.7", allowed: true, authMethod: "API", location: "",
                    firstAt: 0, lastAt: t)
            ]
        }
        learned.observe(row(1_700_000_015), polledAt: late)
        #expect(
            AddressKnowledge(given: [], learner: learned).hostSummary
                == "this host 198.51.100.7 — not seen at our last poll")
        learned.observe(row(late + 5), polledAt: late + 5)
        #expect(
            AddressKnowledge(given: [], learner: learned).hostSummary
                == "this host 198.51.100.7 — seen at our last poll")
    }
}
