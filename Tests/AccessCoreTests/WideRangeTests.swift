import Testing

@testable import AccessCore

@Suite struct WideRangeTests {
    func entry(_ text: String) throws -> AllowEntry { try AllowEntryParser.parse(text).get() }

    static let everythingV4 =
        "0.0.0.0/0 allows 4,294,967,296 addresses: the whole IPv4 internet — SendGrid would in effect stop filtering."

    @Test func thresholdsAreSlash16AndSlash48() {
        #expect(WideRange.check(cidr("10.0.0.0/15")) != nil)
        #expect(WideRange.check(cidr("10.0.0.0/16")) == nil)
        #expect(WideRange.check(cidr("2001:db8::/47")) != nil)
        #expect(WideRange.check(cidr("2001:db8::/48")) == nil)
        #expect(WideRange.check(cidr("203.0.113.7/32")) == nil)
        #expect(WideRange.isWide(cidr("10.0.0.0/15")) && !WideRange.isWide(cidr("10.0.0.0/16")))
    }

    @Test func slashZeroOfBothFamilies() throws {
        let v4 = try #require(WideRange.check(cidr("0.0.0.0/0")))
        #expect(v4.isEverything && v4.isWide && v4.input == nil)
        #expect(v4.message == Self.everythingV4)
        let v6 = try #require(WideRange.check(cidr("::/0")))
        #expect(v6.isEverything)
        #expect(
            v6.message
                == "::/0 allows 2^128 addresses: the whole IPv6 internet — SendGrid would in effect stop filtering.")
    }

    @Test func typedSlashZeroHasTheExactMessage() throws {
        let wide = try #require(WideRange.check(try entry("0.0.0.0/0")))
        #expect(wide.input == nil, "typed as stored")
        #expect(wide.message == Self.everythingV4)
    }

    @Test func hostBitsOnSlashZeroMeanEverything() throws {
        let wide = try #require(WideRange.check(try entry("252.79.32.70/0")))
        #expect(wide.range == cidr("0.0.0.0/0"))
        #expect(wide.input == "252.79.32.70/0")
        #expect(wide.isEverything)
        #expect(
            wide.message == "“252.79.32.70/0” means 0.0.0.0/0, which allows 4,294,967,296 addresses: "
                + "the whole IPv4 internet — SendGrid would in effect stop filtering.")
    }

    @Test func allWildcardsMeanEverything() throws {
        let wide = try #require(WideRange.check(try entry("*.*.*.*")))
        #expect(wide.range == cidr("0.0.0.0/0") && wide.input == "*.*.*.*")
        #expect(wide.message.contains("4,294,967,296"))
        #expect(wide.message.hasPrefix("“*.*.*.*” means 0.0.0.0/0, which allows"))
        let slash8 = try #require(WideRange.check(try entry("192.*.*.*")))
        #expect(
            slash8.message
                == "“192.*.*.*” means 192.0.0.0/8, which allows 16,777,216 addresses: 1/256 of the IPv4 internet.")
    }

    @Test func narrowEntriesAreNotFlaggedEvenWhenWrittenDifferently() throws {
        #expect(WideRange.check(try entry("25.203.44.*")) == nil)
        #expect(WideRange.check(try entry("2001:DB8::1")) == nil)
        #expect(WideRange.check(try entry("203.0.113.0/24")) == nil)
        #expect(WideRange.check(try entry("10.1.0.0/16")) == nil)
    }

    @Test func upperCaseIsNotADifferentSpelling() throws {
        let wide = try #require(WideRange.check(try entry("2001:DB8::/32")))
        #expect(wide.input == nil)
        #expect(wide.message == "2001:db8::/32 allows 2^96 addresses: 1/4,294,967,296 of the IPv6 internet.")
    }

    @Test func hostBitsClearedAreFlaggedWhateverTheWidth() throws {
        let narrow = try #require(WideRange.check(try entry("10.1.2.3/24")))
        #expect(!narrow.isWide && !narrow.isEverything)
        #expect(
            narrow.message
                == "“10.1.2.3/24” means 10.1.2.0/24, which allows 256 addresses: 1/16,777,216 of the IPv4 internet.")
    }

    @Test func sharesOfTheInternet() {
        #expect(
            WideRange.check(cidr("0.0.0.0/1"))?.message
                == "0.0.0.0/1 allows 2,147,483,648 addresses: half of the IPv4 internet.")
        #expect(
            WideRange.check(cidr("10.0.0.0/15"))?.message
                == "10.0.0.0/15 allows 131,072 addresses: 1/32,768 of the IPv4 internet.")
        #expect(
            WideRange.check(cidr("2001:db8::/47"))?.message
                == "2001:db8::/47 allows 2^81 addresses: 1/2^47 of the IPv6 internet.")
        #expect(
            WideRange.check(cidr("2001::/16"))?.message
                == "2001::/16 allows 2^112 addresses: 1/65,536 of the IPv6 internet.")
    }

    @Test func exactSizes() {
        #expect(cidr("0.0.0.0/0").exactSizeDescription == "4,294,967,296")
        #expect(cidr("203.0.113.7/32").exactSizeDescription == "1")
        #expect(cidr("2001:db8::/64").exactSizeDescription == "18,446,744,073,709,551,616")
        #expect(cidr("2001:db8::/63").exactSizeDescription == "2^65")
    }
}
