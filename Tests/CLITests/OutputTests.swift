import Testing
@testable import SGAccessCLI

@Suite struct OutputFormattingTests {
    @Test(arguments: [("abc", 3), ("東京", 4), ("São", 3), ("e\u{301}", 1), ("👍", 2), ("❤️", 2), ("\u{200B}", 0), ("한글", 4)])
    func displayWidth(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test func tableAlignsWideCharactersByColumns() {
        var table = TextTable(columns: [.init("CITY"), .init("N", rightAligned: true)])
        table.append(["東京", "1"])
        table.append(["São Paulo", "22"])
        #expect(table.lines == ["CITY        N", "東京        1", "São Paulo  22"])
    }

    @Test func truncationCountsColumns() {
        #expect(DisplayWidth.truncate("東京東京東京", toColumns: 7) == "東京東…")
        #expect(DisplayWidth.truncate("short", toColumns: 7) == "short")
        var table = TextTable(columns: [.init("X", maxColumns: 5)])
        table.append([String(repeating: "y", count: 500)])
        #expect(table.lines[1] == "yyyy…")
    }

    @Test(arguments: ["\u{1B}[2J", "\r", "\u{08}", "\u{0}", "\u{9B}", "\u{202E}", "\u{2066}", "\u{200B}", "\u{FEFF}", "\u{2028}", "\u{7F}"])
    func sanitiserReplacesEveryDangerousScalar(bad: String) {
        let clean = Sanitizer.terminalSafe("a\(bad)b")
        #expect(clean.unicodeScalars.allSatisfy { !Sanitizer.isUnsafe($0) })
        #expect(clean.hasPrefix("a\u{FFFD}") && clean.hasSuffix("b"))
    }

    @Test func sanitiserKeepsOrdinaryText() {
        #expect(Sanitizer.terminalSafe("São Paulo, Brazil · 東京, Japan — e\u{301}") == "São Paulo, Brazil · 東京, Japan — e\u{301}")
    }

    @Test func timestamps() {
        #expect(Timestamp.utc(0) == "1970-01-01 00:00:00 UTC")
        #expect(Timestamp.utc(951_782_400) == "2000-02-29 00:00:00 UTC")
        #expect(Timestamp.utc(1_700_000_000) == "2023-11-14 22:13:20 UTC")
        #expect(Timestamp.utc(-1) == "1969-12-31 23:59:59 UTC")
    }

    @Test func redactorRemovesKeysAndAuthorization() {
        let text = "sent Authorization: Bearer \(testKey) and \(testKey) and secret123"
        let redacted = Redactor.redact(text, secrets: ["secret123"])
        #expect(!redacted.contains(testKey))
        #expect(!redacted.contains("secret123"))
        #expect(!redacted.contains("Bearer"))
    }

    @Test func exitCodesAreStable() {
        #expect(ExitStatus.allCases.map(\.rawValue) == [0, 1, 2, 3, 4, 5])
    }
}
