import TerminalKit
import Testing

/// The one table: its shape, every family the lockout-guard issue names, and Unicode's own classes.
@Suite struct HostileScalarsTests {
    @Test func rangesAreSortedAndDisjoint() {
        for (a, b) in zip(HostileScalars.ranges, HostileScalars.ranges.dropFirst()) {
            #expect(a.upperBound < b.lowerBound, "\(a) then \(b)")
        }
    }

    static let named: [(String, UInt32)] = [
        ("NUL", 0x0), ("BEL", 0x7), ("BS", 0x8), ("TAB", 0x9), ("LF", 0xA), ("CR", 0xD), ("ESC", 0x1B), ("US", 0x1F),
        ("DEL", 0x7F), ("PAD", 0x80), ("NEL", 0x85), ("CSI", 0x9B), ("APC", 0x9F),
        ("ALM", 0x061C), ("ZWSP", 0x200B), ("ZWNJ", 0x200C), ("ZWJ", 0x200D), ("LRM", 0x200E), ("RLM", 0x200F),
        ("LSEP", 0x2028), ("PSEP", 0x2029), ("LRE", 0x202A), ("RLE", 0x202B), ("PDF", 0x202C), ("LRO", 0x202D),
        ("RLO", 0x202E), ("WJ", 0x2060), ("function application", 0x2061), ("invisible times", 0x2062),
        ("invisible separator", 0x2063), ("invisible plus", 0x2064), ("U+2065", 0x2065), ("LRI", 0x2066),
        ("RLI", 0x2067), ("FSI", 0x2068), ("PDI", 0x2069), ("BOM", 0xFEFF), ("IAA", 0xFFF9), ("IAS", 0xFFFA),
        ("IAT", 0xFFFB), ("TAG first", 0xE0000), ("TAG LATIN A", 0xE0041), ("CANCEL TAG", 0xE007F),
    ]

    @Test(arguments: named)
    func everyNamedScalarIsHostile(_ name: String, _ value: UInt32) {
        #expect(Sanitizer.isHostile(Unicode.Scalar(value)!), "\(name)")
    }

    @Test func neighboursAndOrdinaryTextAreNot() {
        for value: UInt32 in [
            0x20, 0x7E, 0xA0, 0xFF, 0x061B, 0x200A, 0x2010, 0x2027, 0x202F, 0x205F, 0x2070,
            0xFEFE, 0xFF00, 0xFFF8, 0xFFFC, 0xFFFD, 0xE0080, 0xFE0F, 0xE0100, 0x4E00, 0x1F600,
        ] {
            #expect(!Sanitizer.isHostile(Unicode.Scalar(value)!), "U+\(String(value, radix: 16))")
        }
    }

    /// Every control, line or paragraph separator, bidi control and join control Unicode knows of is in the table.
    @Test func unicodeClassesAreCovered() {
        var missing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            let mustBeHostile: Bool
            switch properties.generalCategory {
            case .control, .lineSeparator, .paragraphSeparator: mustBeHostile = true
            default: mustBeHostile = properties.isBidiControl || properties.isJoinControl
            }
            if mustBeHostile && !Sanitizer.isHostile(scalar) { missing.append(value) }
        }
        #expect(missing.isEmpty, "not in the table: \(missing.map { String($0, radix: 16) })")
    }

    @Test func sentencesAndLines() {
        #expect(Sanitizer.clean("a\u{1B}]0;HIJACK\u{7}b") == "a\u{FFFD}]0;HIJACK\u{FFFD}b")
        #expect(Sanitizer.clean("x\u{2028}y\u{2063}z") == "x\u{FFFD}y\u{FFFD}z")
        #expect(Sanitizer.clean(String(repeating: "a", count: 1000)).count == 1000, "no scalar cap on sentences")
        #expect(Sanitizer.clean("abcdef", maxColumns: 4) == "abc…")
        #expect(Sanitizer.cleanLines("one\n\ttwo\r\u{1B}[2J") == "one\n\ttwo\u{FFFD}\u{FFFD}[2J")
    }

    @Test func hostileScalarsAreOneColumnLikeThePlaceholder() {
        for range in HostileScalars.ranges {
            for value in [range.lowerBound, range.upperBound] {
                #expect(DisplayWidth.of(Unicode.Scalar(value)!) == DisplayWidth.of(Sanitizer.placeholder))
            }
        }
    }
}
