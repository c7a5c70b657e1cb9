import Testing

@testable import AccessCore

@Suite struct AddressScopeTests {
    /// Each range of the table, its first and last address, and the addresses just outside it.
    static let edges: [(String, AddressScope)] = [
        ("0.0.0.0", .unspecified), ("0.0.0.1", .public),
        ("9.255.255.255", .public), ("10.0.0.0", .private), ("10.255.255.255", .private), ("11.0.0.0", .public),
        ("100.63.255.255", .public), ("100.64.0.0", .shared), ("100.127.255.255", .shared), ("100.128.0.0", .public),
        ("126.255.255.255", .public), ("127.0.0.0", .loopback), ("127.255.255.255", .loopback), ("128.0.0.0", .public),
        ("169.253.255.255", .public), ("169.254.0.0", .linkLocal), ("169.254.255.255", .linkLocal),
        ("169.255.0.0", .public),
        ("172.15.255.255", .public), ("172.16.0.0", .private), ("172.31.255.255", .private), ("172.32.0.0", .public),
        ("192.167.255.255", .public), ("192.168.0.0", .private), ("192.168.255.255", .private),
        ("192.169.0.0", .public),
        ("203.0.113.10", .public), ("198.51.100.7", .public), ("255.255.255.255", .public),
        ("::", .unspecified), ("::1", .loopback), ("::2", .public),
        ("fbff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", .public), ("fc00::", .private),
        ("fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", .private), ("fe00::", .public),
        ("fe7f:ffff:ffff:ffff:ffff:ffff:ffff:ffff", .public), ("fe80::", .linkLocal),
        ("febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff", .linkLocal), ("fec0::", .public),
        ("2001:db8::1", .public),
    ]

    @Test(arguments: edges)
    func tableEdges(_ text: String, _ scope: AddressScope) {
        #expect(ip(text).scope == scope, "\(text)")
        #expect(ip(text).isVisibleToSendGrid == (scope == .public))
    }

    @Test func ipv4MappedAddressesAreJudgedAsIPv4() {
        #expect(ip("::ffff:10.0.0.5").scope == .private)
        #expect(ip("::ffff:127.0.0.1").scope == .loopback)
        #expect(ip("::ffff:169.254.1.1").scope == .linkLocal)
        #expect(ip("::ffff:100.64.0.1").scope == .shared)
        #expect(ip("::ffff:0.0.0.0").scope == .unspecified)
        #expect(ip("::ffff:198.51.100.7").scope == .public)
        #expect(ip("::ffff:198.51.100.7").isVisibleToSendGrid)
        // Only ::ffff:0:0/96 is mapped: ::fffe:a00:5 is an ordinary IPv6 address.
        #expect(ip("::fffe:a00:5").scope == .public)
    }

    @Test func wordsForSentences() {
        #expect(AddressScope.private.word == "private")
        #expect(AddressScope.loopback.word == "loopback")
        #expect(AddressScope.linkLocal.word == "link-local")
        #expect(AddressScope.shared.word == "carrier-grade NAT")
        #expect(AddressScope.unspecified.word == "unspecified")
        #expect(AddressScope.public.word == "public")
    }
}
