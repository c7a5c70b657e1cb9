import TerminalKit
import Testing

/// Moved from TerminalUITests when the sanitiser moved to TerminalKit.
@Suite struct SanitizerTests {
    static let hostile: [String] = [
        "\u{1B}[31mred\u{1B}[0m", "a\u{0}b", "\u{9B}2J", "abc\u{202E}fed", "x\u{200B}y\u{200D}z", "\u{FEFF}bom",
        "line\r\nbreak\tand\u{8}back", "del\u{7F}", "\u{2066}iso\u{2069}", "\u{85}nel", "\u{1B}]52;c;ZXZpbA==\u{7}",
        "para\u{2029}sep", "lrm\u{200E}rlm\u{200F}", "wj\u{2060}",
    ]

    @Test(arguments: hostile)
    func hostileScalarsBecomeVisiblePlaceholders(_ text: String) {
        let clean = Sanitizer.sanitize(text)
        #expect(!clean.unicodeScalars.contains { Sanitizer.isHostile($0) })
        #expect(clean.unicodeScalars.contains(Sanitizer.placeholder))
        #expect(clean.unicodeScalars.count == text.unicodeScalars.count, "one placeholder per hostile scalar")
    }

    @Test func exactReplacement() {
        #expect(Sanitizer.sanitize("Dublin\u{202E}, IE\u{1B}[2J") == "Dublin\u{FFFD}, IE\u{FFFD}[2J")
        #expect(Sanitizer.sanitize("a\u{0}b") == "a\u{FFFD}b")
    }

    @Test func harmlessTextIsUntouched() {
        for text in ["Lisbon, PT", "東京, JP", "São Paulo", "e\u{301}", "😀", "2001:db8::1", ""] {
            #expect(Sanitizer.sanitize(text) == text)
        }
    }

    @Test func longTextIsCut() {
        let long = String(repeating: "a", count: 10_000)
        let clean = Sanitizer.sanitize(long)
        #expect(clean.unicodeScalars.count == Sanitizer.maxScalars)
        #expect(clean.hasSuffix("…"))
        let exact = String(repeating: "b", count: Sanitizer.maxScalars - 1) + "\u{7}"
        #expect(Sanitizer.sanitize(exact) == String(repeating: "b", count: Sanitizer.maxScalars - 1) + "\u{FFFD}")
    }
}
