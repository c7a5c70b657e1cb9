import TerminalKit
import Testing

/// Moved from TerminalUITests when the display width moved to TerminalKit.
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
