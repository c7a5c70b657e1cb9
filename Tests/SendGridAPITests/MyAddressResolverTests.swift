import AccessCore
import Foundation
import SendGridURLSession
import Testing

@testable import SendGridAPI

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@Suite("My IPs: flags, SGACCESS_MY_IPS, SSH_CONNECTION and a discovery URL")
struct MyAddressResolverTests {
    private let noFetch: MyAddressResolver.Fetch = { _ in
        Issue.record("no discovery URL was given, yet a fetch happened")
        return ""
    }

    @Test func combinesEverySourceInOrderWithoutDuplicates() async {
        let resolver = MyAddressResolver(fetch: { url in
            #expect(url.absoluteString == "http://127.0.0.1:8025/my-ip")
            return "192.0.2.44\n"
        })
        let resolution = await resolver.resolve(
            myIPs: ["203.0.113.10", "2001:db8::1,203.0.113.10"],
            environment: [
                "SGACCESS_MY_IPS": "198.51.100.7, 203.0.113.10 192.0.2.44",
                "SSH_CONNECTION": "198.51.100.99 52344 10.0.0.5 22",
            ],
            discoveryURL: URL(string: "http://127.0.0.1:8025/my-ip"))
        #expect(
            resolution.addresses == [
                MyAddress(address: IPAddress("203.0.113.10")!, source: .configured),
                MyAddress(address: IPAddress("2001:db8::1")!, source: .configured),
                MyAddress(address: IPAddress("198.51.100.7")!, source: .configured),
                MyAddress(address: IPAddress("192.0.2.44")!, source: .configured),
                MyAddress(address: IPAddress("198.51.100.99")!, source: .ssh),
            ])
        #expect(resolution.warnings.isEmpty)
    }

    @Test func sshClientAddressesAreReadFromTheFirstFieldIPv4MappedOnesUnwrapped() async {
        let resolver = MyAddressResolver(fetch: noFetch)
        let v6 = await resolver.resolve(environment: ["SSH_CONNECTION": "2001:db8::7 40000 2001:db8::1 22"])
        #expect(v6.addresses == [MyAddress(address: IPAddress("2001:db8::7")!, source: .ssh)])
        let mapped = await resolver.resolve(environment: ["SSH_CONNECTION": "::ffff:203.0.113.9 40000 ::1 22"])
        #expect(mapped.addresses == [MyAddress(address: IPAddress("203.0.113.9")!, source: .ssh)])
    }

    @Test func unparsableValuesBecomeWarnings() async {
        let resolver = MyAddressResolver(fetch: { _ in "<html>\u{1b}[2J not an address</html>" })
        let resolution = await resolver.resolve(
            myIPs: ["10.0.0.300"], environment: ["SGACCESS_MY_IPS": "bogus", "SSH_CONNECTION": "garbage 1 2 3"],
            discoveryURL: URL(string: "http://127.0.0.1:1/ip"))
        #expect(resolution.addresses.isEmpty)
        #expect(resolution.warnings.count == 4)
        #expect(resolution.warnings[0].hasPrefix("Ignored '10.0.0.300' from --my-ip: Octet 4"))
        #expect(resolution.warnings[1].contains("from SGACCESS_MY_IPS"))
        #expect(resolution.warnings[2].contains("from SSH_CONNECTION"))
        #expect(resolution.warnings[3].contains("from the discovery URL"))
        #expect(!resolution.warnings[3].contains("\u{1b}"), "text from the network is sanitised")
    }

    @Test func aFailingDiscoveryURLIsAWarningAndOtherSourcesStillCount() async {
        let resolver = MyAddressResolver(fetch: { _ in throw URLSessionCodedTransport.failure(URLError(.timedOut)) })
        let resolution = await resolver.resolve(
            myIPs: ["203.0.113.10"], discoveryURL: URL(string: "http://127.0.0.1:1/ip"))
        #expect(resolution.addresses.map(\.source) == [.configured])
        #expect(
            resolution.warnings == [
                "The discovery URL http://127.0.0.1:1/ip could not be fetched (timed out); "
                    + "my IPs come from the other sources only."
            ])
    }

    @Test func aDiscoveredAddressIsMarkedSo() async {
        let resolver = MyAddressResolver(fetch: { _ in "  203.0.113.10  " })
        let resolution = await resolver.resolve(discoveryURL: URL(string: "http://127.0.0.1:1/ip"))
        #expect(resolution.addresses == [MyAddress(address: IPAddress("203.0.113.10")!, source: .discovered)])
    }

    @Test func nothingConfiguredGivesNothing() async {
        let resolution = await MyAddressResolver(fetch: noFetch).resolve(environment: ["HOME": "/root"])
        #expect(resolution == MyAddressResolution())
    }
}

@Suite("My IPs: the SSH client is the operator, not this host")
struct MyAddressResolverSSHTests {
    /// Dropping the discovered address as a duplicate of the SSH one would leave this host unknown to the guard.
    @Test func aDiscoveredAddressEqualToTheSSHClientIsKeptAsBoth() async {
        let resolver = MyAddressResolver(fetch: { _ in "198.51.100.7\n" })
        let resolution = await resolver.resolve(
            environment: ["SSH_CONNECTION": "198.51.100.7 52344 10.0.0.5 22"],
            discoveryURL: URL(string: "http://127.0.0.1:1/ip"))
        #expect(
            resolution.addresses == [
                MyAddress(address: IPAddress("198.51.100.7")!, source: .ssh),
                MyAddress(address: IPAddress("198.51.100.7")!, source: .discovered),
            ])
        #expect(AddressKnowledge(given: resolution.addresses).isHostKnown)
    }

    @Test func aConfiguredAddressEqualToTheSSHClientIsKeptAsBothAndSSHDuplicatesOnce() async {
        let resolution = await MyAddressResolver(fetch: { _ in "" }).resolve(
            myIPs: ["203.0.113.9", "203.0.113.9"], environment: ["SSH_CONNECTION": "::ffff:203.0.113.9 1 ::1 22"])
        #expect(resolution.addresses.map(\.source) == [.configured, .ssh])
    }
}
