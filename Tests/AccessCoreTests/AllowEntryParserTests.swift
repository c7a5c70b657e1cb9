import Testing

@testable import AccessCore

@Suite struct AllowEntryParserAcceptanceTests {
    @Test(arguments: [
        // Bare addresses become single-host ranges.
        ("203.0.113.7", "203.0.113.7/32"),
        ("0.0.0.0", "0.0.0.0/32"),
        ("255.255.255.255", "255.255.255.255/32"),
        ("  198.51.100.1\t", "198.51.100.1/32"),
        ("2001:DB8::1", "2001:db8::1/128"),
        ("::", "::/128"),
        ("::1", "::1/128"),
        ("1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8/128"),
        ("2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1/128"),
        // CIDR.
        ("203.0.113.0/24", "203.0.113.0/24"),
        ("0.0.0.0/0", "0.0.0.0/0"),
        ("10.0.0.0/08", "10.0.0.0/8"),
        ("198.51.100.7/32", "198.51.100.7/32"),
        ("2001:db8::/32", "2001:db8::/32"),
        ("::/0", "::/0"),
        ("2001:db8::1/128", "2001:db8::1/128"),
        // Trailing-octet wildcards.
        ("192.*.*.*", "192.0.0.0/8"),
        ("25.203.44.*", "25.203.44.0/24"),
        ("172.16.*.*", "172.16.0.0/16"),
        ("*.*.*.*", "0.0.0.0/0"),
        // Embedded IPv4 in IPv6 stays IPv6.
        ("::ffff:192.0.2.1", "::ffff:192.0.2.1/128"),
        ("64:ff9b::198.51.100.7", "64:ff9b::c633:6407/128"),
        ("::192.0.2.1", "::c000:201/128"),
    ])
    func normalises(input: String, expected: String) throws {
        let entry = try AllowEntryParser.parse(input).get()
        #expect(entry.range.description == expected)
        #expect(entry.warning == nil)
    }

    @Test(arguments: [
        ("10.1.2.3/8", "10.0.0.0/8"),
        ("203.0.113.77/24", "203.0.113.0/24"),
        ("192.0.2.255/31", "192.0.2.254/31"),
        ("2001:db8::1/32", "2001:db8::/32"),
        ("1.2.3.4/0", "0.0.0.0/0"),
    ])
    func hostBitsNormaliseWithWarning(input: String, network: String) throws {
        let entry = try AllowEntryParser.parse(input).get()
        #expect(entry.range.description == network)
        #expect(entry.warning == .hostBitsCleared(typed: input, network: entry.range))
        #expect(
            entry.warning?.message.hasPrefix("\(input) has host bits set; it means the whole network \(network)")
                == true)
    }

    @Test func hostBitsWarningNamesTheSize() throws {
        let entry = try AllowEntryParser.parse("10.1.2.3/8").get()
        #expect(
            entry.warning?.message
                == "10.1.2.3/8 has host bits set; it means the whole network 10.0.0.0/8 (16,777,216 addresses).")
    }

    @Test func keepsTheTrimmedInput() throws {
        #expect(try AllowEntryParser.parse("  25.203.44.*\n").get().input == "25.203.44.*")
    }
}

@Suite struct AllowEntryParserErrorTests {
    @Test(arguments: [
        (
            "", EntryError.empty,
            "The address is empty: type an IPv4 or IPv6 address, a CIDR range or a wildcard like 203.0.113.*."
        ),
        (
            "   ", .empty,
            "The address is empty: type an IPv4 or IPv6 address, a CIDR range or a wildcard like 203.0.113.*."
        ),
        (
            "hello", .wrongOctetCount("hello", 1),
            "'hello' is not an IP address: type e.g. 203.0.113.7, 203.0.113.0/24, 203.0.113.* or 2001:db8::/32."
        ),
        (
            "1.2.3", .wrongOctetCount("1.2.3", 3),
            "'1.2.3' has 3 parts; an IPv4 address has 4 (e.g. 203.0.113.7)."
        ),
        (
            "1.2.3.4.5", .wrongOctetCount("1.2.3.4.5", 5),
            "'1.2.3.4.5' has 5 parts; an IPv4 address has 4 (e.g. 203.0.113.7)."
        ),
        (
            "192.*.*", .wrongOctetCount("192.*.*", 3),
            "'192.*.*' has 3 parts; an IPv4 address has 4 (e.g. 203.0.113.7)."
        ),
        (
            "1.2.3.256", .badOctet("256", position: 4, reason: "is greater than 255"),
            "Octet 4 '256' is greater than 255; each octet is a number from 0 to 255."
        ),
        (
            "1000.2.3.4", .badOctet("1000", position: 1, reason: "is greater than 255"),
            "Octet 1 '1000' is greater than 255; each octet is a number from 0 to 255."
        ),
        (
            "1.2.x.4", .badOctet("x", position: 3, reason: "is not a number"),
            "Octet 3 'x' is not a number; each octet is a number from 0 to 255."
        ),
        (
            "1.2.-3.4", .badOctet("-3", position: 3, reason: "is not a number"),
            "Octet 3 '-3' is not a number; each octet is a number from 0 to 255."
        ),
        (
            "1.2.+3.4", .badOctet("+3", position: 3, reason: "is not a number"),
            "Octet 3 '+3' is not a number; each octet is a number from 0 to 255."
        ),
        (
            "1..3.4", .badOctet("", position: 2, reason: "is empty"),
            "Octet 2 '' is empty; each octet is a number from 0 to 255."
        ),
        (
            "1.2.3.", .badOctet("", position: 4, reason: "is empty"),
            "Octet 4 '' is empty; each octet is a number from 0 to 255."
        ),
        (
            "10.01.2.3",
            .badOctet("01", position: 2, reason: "has a leading zero (ambiguous: some tools read it as octal)"),
            "Octet 2 '01' has a leading zero (ambiguous: some tools read it as octal); each octet is a number from 0 to 255."
        ),
        (
            "1.2.3.٣", .badOctet("٣", position: 4, reason: "is not a number"),
            "Octet 4 '٣' is not a number; each octet is a number from 0 to 255."
        ),
        (
            "192.*.3.*", .wildcardInMiddle("192.*.3.*"),
            "'192.*.3.*' has a wildcard before a number; wildcards may only replace trailing octets (25.203.44.*, 192.*.*.*)."
        ),
        (
            "*.1.2.3", .wildcardInMiddle("*.1.2.3"),
            "'*.1.2.3' has a wildcard before a number; wildcards may only replace trailing octets (25.203.44.*, 192.*.*.*)."
        ),
        (
            "1.2.3*.*", .badOctet("3*", position: 3, reason: "mixes digits and '*'"),
            "Octet 3 '3*' mixes digits and '*'; each octet is a number from 0 to 255."
        ),
        (
            "1.256.*.*", .badOctet("256", position: 2, reason: "is greater than 255"),
            "Octet 2 '256' is greater than 255; each octet is a number from 0 to 255."
        ),
        (
            "192.*.*.*/8", .wildcardWithPrefix("192.*.*.*/8"),
            "'192.*.*.*/8' mixes a wildcard and a /prefix; use one or the other."
        ),
        (
            "10.0.0.0/33", .prefixOutOfRange(33, max: 32),
            "The prefix /33 is out of range; it must be between /0 and /32."
        ),
        (
            "10.0.0.0/99999", .prefixOutOfRange(99999, max: 32),
            "The prefix /99999 is out of range; it must be between /0 and /32."
        ),
        (
            "2001:db8::/129", .prefixOutOfRange(129, max: 128),
            "The prefix /129 is out of range; it must be between /0 and /128."
        ),
        ("10.0.0.0/", .badPrefix(""), "The prefix '/' is not a number; write e.g. /24."),
        ("10.0.0.0/abc", .badPrefix("abc"), "The prefix '/abc' is not a number; write e.g. /24."),
        ("10.0.0.0/-1", .badPrefix("-1"), "The prefix '/-1' is not a number; write e.g. /24."),
        ("10.0.0.0/+8", .badPrefix("+8"), "The prefix '/+8' is not a number; write e.g. /24."),
        ("10.0.0.0/8/8", .badPrefix("8/8"), "The prefix '/8/8' is not a number; write e.g. /24."),
        (
            "10.0.0.0/99999999999999999999999", .badPrefix("99999999999999999999999"),
            "The prefix '/99999999999999999999999' is far too large; it must be between /0 and /32 (IPv4) or /128 (IPv6)."
        ),
        (
            "/24", .empty,
            "The address is empty: type an IPv4 or IPv6 address, a CIDR range or a wildcard like 203.0.113.*."
        ),
    ])
    func ipv4Errors(input: String, error: EntryError, message: String) {
        #expect(AllowEntryParser.parse(input) == .failure(error))
        #expect(error.message == message)
        #expect(error.description == message)
    }

    @Test(arguments: [
        ("1::2::3", "'::' may appear only once"),
        ("2001:db8::g", "'g' is not a group of 1–4 hex digits"),
        ("2001:db8::12345", "'12345' is not a group of 1–4 hex digits"),
        ("2001:db8::+1", "'+1' is not a group of 1–4 hex digits"),
        ("2001:db8::-0", "'-0' is not a group of 1–4 hex digits"),
        ("1:2:3:4:5:6:7:8:9", "expected 8 groups, found 9 (use '::' to abbreviate zeros)"),
        ("1:2:3:4:5:6:7", "expected 8 groups, found 7 (use '::' to abbreviate zeros)"),
        (
            "1:2:3:4::5:6:7:8",
            "too many groups: '::' must stand for at least one group of zeros, so at most 7 may be written"
        ),
        ("1:2:3:4:5:6:7:1.2.3.4", "expected 8 groups, found 9 (use '::' to abbreviate zeros)"),
        ("fe80::1%eth0", "zone identifiers (%…) are not allowed"),
        (":1:2:3:4:5:6:7", "a group is empty (a single ':' at an end, or ':::'?)"),
        ("1:2:3:4:5:6:7:", "a group is empty (a single ':' at an end, or ':::'?)"),
        (":::", "a group is empty (a single ':' at an end, or ':::'?)"),
        ("::1.2.3.256", "the embedded IPv4 part '1.2.3.256' is not valid (octet 4 '256' is greater than 255)"),
        ("::1.2.3", "the embedded IPv4 part '1.2.3' is not valid (it has 3 parts instead of 4)"),
        ("1.2.3.4::", "an embedded IPv4 address ('1.2.3.4') may only be the last part"),
        ("::1.2.3.4:5", "an embedded IPv4 address ('1.2.3.4') may only be the last part"),
        ("2001:db8::*", "wildcards are only accepted in IPv4 rules"),
    ])
    func ipv6Errors(input: String, reason: String) {
        let expected = EntryError.badIPv6(input, reason: reason)
        #expect(AllowEntryParser.parse(input) == .failure(expected))
        #expect(expected.message == "'\(input)' is not a valid IPv6 address: \(reason).")
    }

    @Test func plainAddressParserRefusesWildcards() {
        #expect(IPAddress.parse("1.2.3.*") == .failure(.wildcardNotAllowed))
        #expect(
            EntryError.wildcardNotAllowed.message
                == "A wildcard '*' is not allowed here; use it only for trailing octets of an IPv4 rule.")
        #expect(IPAddress("1.2.3.*") == nil)
        #expect(IPAddress("  203.0.113.10 ") == IPAddress(v4: 203, 0, 113, 10))
    }

    @Test func badInputNeverTraps() throws {
        var rng = SeededGenerator(seed: 42)
        let alphabet = Array("0123456789abcdefABCDEF.:/*%, \n-+x٣日")
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...24, using: &rng)
            let text = String((0..<length).map { _ in rng.pick(alphabet) })
            switch AllowEntryParser.parse(text) {
            case .success(let entry):
                // Whatever is accepted must parse back to itself from its canonical text.
                #expect(try AllowEntryParser.parse(entry.range.description).get().range == entry.range)
            case .failure(let error):
                #expect(!error.message.isEmpty)
            }
        }
    }
}

@Suite struct AllowEntryParserListTests {
    @Test func splitsOnSpacesCommasSemicolonsAndNewlines() {
        let text = "203.0.113.7, 198.51.100.0/24\n2001:db8::/32;25.203.44.*\t\r\n  10.1.2.3/8,,"
        #expect(
            AllowEntryParser.splitEntries(text) == [
                "203.0.113.7", "198.51.100.0/24", "2001:db8::/32", "25.203.44.*", "10.1.2.3/8",
            ])
        let results = AllowEntryParser.parseList(text)
        #expect(
            results.map { (try? $0.get())?.range.description } == [
                "203.0.113.7/32", "198.51.100.0/24", "2001:db8::/32", "25.203.44.0/24", "10.0.0.0/8",
            ])
        #expect((try? results[4].get())?.warning != nil)
    }

    @Test func reportsEachBadPieceInOrder() {
        let results = AllowEntryParser.parseList("1.2.3.4 nope 1.2.3.999")
        #expect(results.count == 3)
        #expect(results[1] == .failure(.wrongOctetCount("nope", 1)))
        #expect(results[2] == .failure(.badOctet("999", position: 4, reason: "is greater than 255")))
    }

    @Test func emptyInputHasNoEntries() {
        #expect(AllowEntryParser.parseList(" ,\n; ").isEmpty)
    }
}

@Suite struct FastPathTests {
    /// The allocation-free IPv4 path must accept exactly what the detailed parser accepts, with the same value.
    @Test func fastIPv4AgreesWithTheDetailedParser() {
        var rng = SeededGenerator(seed: 4)
        let alphabet = Array("0123456789.....")
        var failures: [String] = []
        var accepted = 0
        for _ in 0..<50_000 {
            let text = String((0..<Int.random(in: 0...16, using: &rng)).map { _ in rng.pick(alphabet) })
            let slow = try? IPAddress.parseV4(text).get()
            let fast = IPAddress.fastV4(text.utf8)
            if slow != fast { failures.append(text) }
            if fast != nil { accepted += 1 }
        }
        let mismatches = failures.count
        #expect(mismatches == 0, "first mismatches: \(failures.prefix(5))")
        #expect(accepted > 100)
    }

    @Test(arguments: ["0.0.0.0", "255.255.255.255", "1.2.3.4", "10.0.0.255"])
    func fastIPv4Accepts(text: String) {
        #expect(IPAddress.fastV4(text.utf8) != nil)
    }

    @Test(arguments: [
        "01.2.3.4", "1.2.3.256", "1.2.3", "1.2.3.4.", ".1.2.3", "1..2.3", " 1.2.3.4", "1.2.3.4/8", "1000.1.1.1",
    ])
    func fastIPv4DefersToTheDetailedParser(text: String) {
        #expect(IPAddress.fastV4(text.utf8) == nil)
    }

    /// The allocation-free rule path must read what `AllowEntryParser` reads wherever it accepts, and accept the
    /// usual shapes ("a.b.c.d", "a.b.c.d/n").
    @Test func fastCIDRAgreesWithTheDetailedParser() {
        var rng = SeededGenerator(seed: 5)
        let alphabet = Array("0123456789....//")
        let octets = ["0", "1", "9", "10", "99", "255", "256", "01", "00", "123", "", "1000"]
        let prefixes = ["", "/", "/0", "/8", "/08", "/24", "/32", "/33", "/008", "/x", "/3 ", "//8"]
        var failures: [String] = []
        var accepted = 0
        for round in 0..<50_000 {
            let text =
                round % 2 == 0
                ? String((0..<Int.random(in: 0...20, using: &rng)).map { _ in rng.pick(alphabet) })
                : (0..<4).map { _ in rng.pick(octets) }.joined(separator: ".") + rng.pick(prefixes)
            guard let fast = CIDR.fastV4(text.utf8) else { continue }
            accepted += 1
            if fast != (try? AllowEntryParser.parse(text).get().range) { failures.append(text) }
        }
        #expect(failures.isEmpty, "first mismatches: \(failures.prefix(5))")
        #expect(accepted > 100)
    }

    /// A rule made from the text's bytes is the rule made from the text, for any bytes (not UTF-8 ones too).
    @Test func aRuleFromBytesIsTheRuleFromItsText() {
        var rng = SeededGenerator(seed: 6)
        let alphabet: [UInt8] = Array("0123456789./:abf ".utf8) + [0xC3, 0xA9, 0xFF, 0x80, 0x00]
        for round in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0...22, using: &rng)).map { _ in rng.pick(alphabet) }
            let fromBytes = bytes.withUnsafeBufferPointer {
                AllowRule(id: round, utf8: $0, createdAt: 1, updatedAt: 2)
            }
            let fromText = AllowRule(
                id: round, ip: String(decoding: bytes, as: UTF8.self), createdAt: 1, updatedAt: 2)
            #expect(fromBytes == fromText && fromBytes.range == fromText.range, "\(bytes)")
            if fromBytes != fromText { break }
        }
    }

    @Test(arguments: [
        ("10.0.0.0/8", "10.0.0.0/8"), ("10.1.2.3/8", "10.0.0.0/8"), ("1.2.3.4", "1.2.3.4/32"),
        ("0.0.0.0/0", "0.0.0.0/0"),
        ("1.2.3.4/08", "1.0.0.0/8"), ("203.0.113.7/32", "203.0.113.7/32"),
    ])
    func fastCIDRReads(text: String, range: String) {
        #expect(CIDR.fastV4(text.utf8)?.description == range)
    }

    @Test(arguments: [
        "1.2.3.4/33", "1.2.3.4/", "1.2.3.4/008", " 1.2.3.4/8", "1.2.3.*", "::1/128", "1.2.3.4/8/8", "01.2.3.4/8",
    ])
    func fastCIDRDefersToTheDetailedParser(text: String) {
        #expect(CIDR.fastV4(text.utf8) == nil)
    }
}
