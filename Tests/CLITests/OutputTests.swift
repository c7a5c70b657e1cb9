import Foundation
import SendGridAPI
import TerminalKit
import Testing

@testable import SGAccessCLI

@Suite struct OutputFormattingTests {
    @Test func tableAlignsWideCharactersByColumns() {
        var table = TextTable(columns: [.init("CITY"), .init("N", rightAligned: true)])
        table.append(["東京", "1"])
        table.append(["São Paulo", "22"])
        #expect(table.lines == ["CITY        N", "東京        1", "São Paulo  22"])
    }

    @Test func cellsAreCutByColumns() {
        var table = TextTable(columns: [.init("X", maxColumns: 5), .init("Y", maxColumns: 7)])
        table.append([String(repeating: "y", count: 500), "東京東京東京"])
        #expect(table.lines[1] == "yyyy…  東京東…")
    }

    @Test(arguments: [
        "\u{1B}[2J", "\r", "\u{08}", "\u{0}", "\u{9B}", "\u{202E}", "\u{2066}", "\u{200B}", "\u{FEFF}", "\u{2028}",
        "\u{7F}",
    ])
    func tableCellsAreSanitised(bad: String) {
        var table = TextTable(columns: [.init("X")])
        table.append(["a\(bad)b"])
        let line = table.lines[1]
        #expect(line.hasPrefix("a\u{FFFD}") && line.hasSuffix("b"))
        #expect(!line.unicodeScalars.contains(bad.unicodeScalars.first!))
    }

    @Test func safeTextKeepsOrdinaryTextAndLongSentences() {
        let text = "São Paulo, Brazil · 東京, Japan — e\u{301} " + String(repeating: "x", count: 400)
        #expect(Sanitizer.clean(text) == text, "no 256-scalar cap on sentences")
    }

    @Test func jsonEscapesWhatATerminalWouldActOnButKeepsTheText() throws {
        let text = "a\u{1B}[2J\u{9B}\u{202E}\u{061C}\u{E000}b 東京"
        let json = JSONOutput.encode(["s": text])
        #expect(!json.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        for bad in ["\u{9B}", "\u{202E}", "\u{061C}", "\u{E000}"] { #expect(!json.contains(bad)) }
        #expect(json.contains("東京"))
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String]
        #expect(decoded?["s"] == text)
    }

    @Test func timestamps() {
        #expect(Timestamp.utc(0) == "1970-01-01 00:00:00 UTC")
        #expect(Timestamp.utc(951_782_400) == "2000-02-29 00:00:00 UTC")
        #expect(Timestamp.utc(1_700_000_000) == "2023-11-14 22:13:20 UTC")
        #expect(Timestamp.utc(-1) == "1969-12-31 23:59:59 UTC")
        #expect(Timestamp.utc(59) == "1970-01-01 00:00:59 UTC")
        #expect(Timestamp.utc(-61) == "1969-12-31 23:58:59 UTC")
    }

    @Test func redactorRemovesKeysAndAuthorization() {
        let text = "sent Authorization: Bearer \(testKey) and \(testKey) and secret123"
        let redacted = Redactor(secrets: ["secret123"]).redact(text)
        #expect(!redacted.contains(testKey))
        #expect(!redacted.contains("secret123"))
        #expect(!redacted.contains("Bearer"))
    }

    @Test func exitCodesAreStable() {
        #expect(ExitStatus.allCases.map(\.rawValue) == [0, 1, 2, 3, 4, 5])
    }
}
