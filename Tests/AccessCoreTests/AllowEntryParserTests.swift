import Testing
@testable import AccessCore

@Suite struct AllowEntryParserSmokeTests {
    @Test(arguments: [
        ("203.0.113.7", "203.0.113.7/32"),
        ("192.*.*.*", "192.0.0.0/8"),
        ("25.203.44.*", "25.203.44.0/24"),
        ("10.1.2.3/8", "10.0.0.0/8"),
        ("2001:DB8::1", "2001:db8::1/128"),
        ("2001:db8::/32", "2001:db8::/32"),
    ])
    func normalises(input: String, expected: String) throws {
        #expect(try AllowEntryParser.parse(input).get().range.description == expected)
    }
}
