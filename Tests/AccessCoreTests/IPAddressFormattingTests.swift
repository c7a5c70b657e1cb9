import Testing

@testable import AccessCore

@Suite struct IPAddressFormattingTests {
    /// RFC 5952 §4: lower case, no leading zeros, longest zero run compressed (first on ties, never one group).
    @Test(arguments: [
        ("2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8::1"),
        ("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"),  // tie: the first run wins
        ("2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"),  // a single zero group is not compressed
        ("2001:0:0:1:0:0:0:1", "2001:0:0:1::1"),  // the longest run wins
        ("0:0:0:0:0:0:0:0", "::"),
        ("0:0:0:0:0:0:0:1", "::1"),
        ("1:0:0:0:0:0:0:0", "1::"),
        ("1:0:0:0:0:0:0:1", "1::1"),
        ("0:1:0:1:0:1:0:1", "0:1:0:1:0:1:0:1"),
        ("fe80:0000:0000:0000:0204:61ff:fe9d:f156", "fe80::204:61ff:fe9d:f156"),
        ("2001:DB8:AC10:FE01::", "2001:db8:ac10:fe01::"),
        ("::ffff:c000:0201", "::ffff:192.0.2.1"),  // IPv4-mapped in mixed notation (§5)
        ("::ffff:0.0.0.0", "::ffff:0.0.0.0"),
        ("::fffe:c000:201", "::fffe:c000:201"),
        ("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"),
    ])
    func ipv6Canonical(input: String, canonical: String) {
        #expect(ip(input).description == canonical)
        #expect(ip(canonical) == ip(input))
    }

    @Test(arguments: ["0.0.0.0", "255.255.255.255", "203.0.113.10", "10.0.0.1"])
    func ipv4RoundTrip(text: String) {
        #expect(ip(text).description == text)
    }

    @Test func formatOfParseIsAFixedPoint() {
        var rng = SeededGenerator(seed: 5952)
        var failures: [String] = []
        for _ in 0..<20_000 {
            let address: IPAddress
            if rng.chance(0.3) {
                address = IPAddress(v4: UInt32.random(in: 0...UInt32.max, using: &rng))
            } else {
                // Random groups, many of them zero, so compression cases are frequent.
                let groups = (0..<8).map { _ in
                    rng.chance(0.5) ? 0 : UInt128(UInt16.random(in: 0...UInt16.max, using: &rng))
                }
                address = IPAddress(v6: groups.reduce(0) { $0 << 16 | $1 })
            }
            let text = address.description
            let range = CIDR(address: address, prefixLength: Int.random(in: 0...address.family.bitWidth, using: &rng))
            if IPAddress(text) != address || IPAddress(text)?.description != text
                || CIDR(range.description) != range || CIDR(range.description)?.description != range.description
            {
                failures.append(text)
            }
        }
        let mismatches = failures.count
        #expect(mismatches == 0, "not fixed points: \(failures.prefix(5))")
    }

    @Test func unmappingIPv4() {
        #expect(ip("::ffff:203.0.113.10").unmappingIPv4 == ip("203.0.113.10"))
        #expect(ip("2001:db8::1").unmappingIPv4 == ip("2001:db8::1"))
        #expect(ip("203.0.113.10").unmappingIPv4 == ip("203.0.113.10"))
    }
}

@Suite struct CIDRTests {
    @Test func firstLastSizeAndContainment() {
        let r = cidr("203.0.113.0/24")
        #expect(r.first == ip("203.0.113.0"))
        #expect(r.last == ip("203.0.113.255"))
        #expect(r.size == 256)
        #expect(r.sizeDescription == "256")
        #expect(r.contains(ip("203.0.113.200")))
        #expect(!r.contains(ip("203.0.114.0")))
        #expect(!r.contains(ip("::ffff:203.0.113.1")))
        #expect(r.contains(cidr("203.0.113.128/25")))
        #expect(!cidr("203.0.113.128/25").contains(r))
        #expect(r.overlaps(cidr("203.0.0.0/16")) && cidr("203.0.0.0/16").overlaps(r))
        #expect(!r.overlaps(cidr("203.0.114.0/24")))
    }

    @Test func extremes() {
        #expect(cidr("::/0").size == nil)
        #expect(cidr("::/0").sizeDescription == "2^128")
        #expect(cidr("::/0").last.description == "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")
        #expect(cidr("0.0.0.0/0").size == 1 << 32)
        #expect(cidr("0.0.0.0/0").sizeDescription == "4,294,967,296")
        #expect(cidr("0.0.0.0/0").last == ip("255.255.255.255"))
        #expect(cidr("2001:db8::/64").sizeDescription == "2^64")
        #expect(cidr("203.0.113.7").isSingleHost)
        #expect(cidr("2001:db8::/32").description == "2001:db8::/32")
    }

    @Test func checkedInitRefusesBadPrefixes() {
        #expect(CIDR.checked(address: ip("10.0.0.1"), prefixLength: 33) == nil)
        #expect(CIDR.checked(address: ip("10.0.0.1"), prefixLength: -1) == nil)
        #expect(CIDR.checked(address: ip("10.0.0.1"), prefixLength: 8) == cidr("10.0.0.0/8"))
        #expect(CIDR("nope") == nil)
    }
}
