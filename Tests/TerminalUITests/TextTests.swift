import Testing
@testable import TerminalUI

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

@Suite struct DisplayWidthTests {
    @Test func widthsFromTheTable() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1, "combining acute is zero width")
        #expect(DisplayWidth.of("Ａ") == 2, "fullwidth A")
        #expect(DisplayWidth.of("ｱ") == 1, "halfwidth katakana")
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("\u{20DD}") == 0, "enclosing mark")
        #expect(DisplayWidth.of("\u{3000}") == 2, "ideographic space")
        #expect(DisplayWidth.of("✓✗★●") == 4)
        #expect(DisplayWidth.of("\u{FE0F}") == 0)
    }

    @Test func truncateAndFitByColumns() {
        #expect(TextLayout.truncate("日本語テキスト", to: 5) == "日本…")
        #expect(TextLayout.truncate("日本語テキスト", to: 6) == "日本…")
        #expect(TextLayout.truncate("abc", to: 3) == "abc")
        #expect(TextLayout.truncate("abcd", to: 3) == "ab…")
        #expect(TextLayout.truncate("abcd", to: 0) == "")
        #expect(TextLayout.fit("東京", to: 6) == "東京  ")
        #expect(TextLayout.fit("東京", to: 6, align: .right) == "  東京")
        #expect(DisplayWidth.of(TextLayout.fit("日本語テキスト", to: 7)) == 7)
        #expect(TextLayout.truncate("e\u{301}e\u{301}e\u{301}", to: 3) == "e\u{301}e\u{301}e\u{301}")
    }
}

@Suite struct GridTests {
    @Test func wideCharactersUseAContinuationCell() {
        var grid = Grid(width: 6, height: 1)
        let end = grid.write("a日b", x: 0, y: 0)
        #expect(end == 4)
        #expect(grid[1, 0].text == "日" && grid[2, 0].isContinuation)
        #expect(grid.lines == ["a日b  "])
    }

    @Test func wideCharacterThatDoesNotFitBecomesASpace() {
        var grid = Grid(width: 3, height: 1)
        grid.write("ab日", x: 0, y: 0)
        #expect(grid.lines == ["ab "])
        #expect(grid.cells.allSatisfy { !$0.isContinuation })
    }

    @Test func overwritingHalfAWideCharacterRepairsTheOtherHalf() {
        var grid = Grid(width: 4, height: 1)
        grid.write("日本", x: 0, y: 0)
        grid.write("x", x: 1, y: 0)
        #expect(grid.lines == [" x本"])
        grid.write("y", x: 2, y: 0)
        #expect(grid.lines == [" xy "])
        #expect(grid.cells.allSatisfy { !$0.isContinuation })
    }

    @Test func combiningMarksJoinThePreviousCell() {
        var grid = Grid(width: 4, height: 1)
        let end = grid.write("e\u{301}x", x: 0, y: 0)
        #expect(end == 2)
        #expect(grid[0, 0].text == "e\u{301}")
    }

    @Test func controlsAreNeverWritten() {
        var grid = Grid(width: 10, height: 1)
        grid.write("a\u{1B}[2J\r\u{0}", x: 0, y: 0)
        #expect(grid.lines == ["a\u{FFFD}[2J\u{FFFD}\u{FFFD}   "])
    }

    @Test func writesAreClippedToTheLimit() {
        var grid = Grid(width: 10, height: 2)
        grid.write("abcdefgh", x: 2, y: 1, limit: 5)
        #expect(grid.lines[1] == "  abc     ")
        grid.write("zz", x: 0, y: 5)
        grid.write("zz", x: -1, y: 0)
        #expect(grid.lines[0] == "z         ")
    }
}

@Suite struct TimeFormatTests {
    @Test func coarseAges() {
        #expect(TimeFormat.age(0) == "now")
        #expect(TimeFormat.age(59) == "now")
        #expect(TimeFormat.age(240) == "4m")
        #expect(TimeFormat.age(3 * 3600 + 59) == "3h")
        #expect(TimeFormat.age(2 * 86_400) == "2d")
        #expect(TimeFormat.ago(10) == "just now")
        #expect(TimeFormat.ago(180) == "3m ago")
    }

    @Test func utcWithoutTheCLibrary() {
        #expect(TimeFormat.utc(0) == "1970-01-01 00:00 UTC")
        #expect(TimeFormat.utc(1_714_564_800) == "2024-05-01 12:00 UTC")
        #expect(TimeFormat.utc(951_825_600) == "2000-02-29 12:00 UTC")
        #expect(TimeFormat.utc(-1) == "1969-12-31 23:59 UTC")
    }
}
