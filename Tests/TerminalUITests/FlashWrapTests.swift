import AccessCore
import Foundation
import Testing

@testable import TerminalUI

/// Long flashes wrap by terminal columns onto a second row instead of being cut.
@Suite struct FlashWrapTests {
    @Test func wrapBreaksAtSpacesByColumns() {
        #expect(TextLayout.wrap("the quick brown fox", to: 10) == ["the quick", "brown fox"])
        #expect(TextLayout.wrap("日本語 テキスト です", to: 8) == ["日本語", "テキスト", "です"])
        #expect(TextLayout.wrap("abcdefghij", to: 4) == ["abcd", "efgh", "ij"], "a long word is cut by columns")
        #expect(TextLayout.wrap("", to: 10) == [])
        #expect(TextLayout.wrap("a  b", to: 10) == ["a b"])
        #expect(TextLayout.wrap("one two three four", to: 9, maxLines: 2) == ["one two", "three fo…"])
    }

    @Test func tailKeepsTheEndFromAWord() {
        #expect(TextLayout.tail("check the file given to --api-key-file.", to: 26) == "… given to --api-key-file.")
        #expect(TextLayout.tail("short", to: 26) == "short")
        #expect(TextLayout.tail("x " + String(repeating: "y", count: 40), to: 10) == "… yyyyyyyy")
    }

    @Test func wrappedLinesNeverExceedTheWidth() {
        var rng = SplitMix64(seed: 42)
        let words = ["a", "bb", "東京", "SendGrid", "(401)", "e\u{301}", "—", String(repeating: "x", count: 30)]
        for _ in 0..<500 {
            let count = Int.random(in: 0...20, using: &rng)
            let text = (0..<count).map { _ in words[Int.random(in: 0..<words.count, using: &rng)] }.joined(
                separator: " ")
            let width = Int.random(in: 2...40, using: &rng)
            let lines = TextLayout.wrap(text, to: width)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(text) at \(width): \(lines)")
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " }, "nothing lost: \(text)")
        }
    }

    @Test func theLongest401FlashWrapsWholeOntoThreeRowsAndThePanesGiveUpTwo() {
        var state = Fixtures.loaded(width: 80, height: 24)
        let normal = state.layout
        let message =
            "SendGrid did not accept the API key (401): \"The provided authorization grant is invalid, "
            + "expired, or revoked\". The key may be invalid, expired or revoked: check SENDGRID_API_KEY or the file "
            + "given to --api-key-file."
        _ = reduce(&state, .pollFailed(FailureInfo(message: message, isTransient: false), now: Fixtures.now))
        #expect(state.flashLines == 3)
        let layout = state.layout
        #expect(layout.footer.height == 4 && layout.footer.maxY == 24)
        let before = (normal.rules?.height ?? 0) + (normal.attempts?.height ?? 0)
        let after = (layout.rules?.height ?? 0) + (layout.attempts?.height ?? 0)
        #expect(after == before - 2)
        let lines = render(state, width: 80, height: 24).lines
        let shown = lines[20...22].map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(shown == "✗ " + message, "the whole sentence, fix included:\n\(lines[20...22].joined(separator: "\n"))")
        #expect(lines[23].contains("q quit"), "the key hints stay on the last row")
    }

    @Test func aFlashLongerThanThreeRowsKeepsItsStartAndItsEnd() {
        let text = (1...60).map { "word\($0)" }.joined(separator: " ") + " then press r."
        let lines = Flash(id: 1, kind: .error, text: text).lines(width: 40)
        #expect(lines.count == Flash.maxLines)
        #expect(lines[0].hasPrefix(" ✗ word1 word2"))
        #expect(lines[1].hasPrefix("   word"), "the second row continues the first")
        #expect(lines[2].hasPrefix("   … ") && lines[2].hasSuffix("then press r."))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
    }

    @Test func aShortFlashKeepsOneRow() {
        var state = Fixtures.loaded(width: 80, height: 24)
        _ = reduce(&state, .logWriteFailed("The log at /dev/full cannot be written: No space left on device."))
        #expect(state.flashLines == 1)
        #expect(state.flash?.kind == .error)
        #expect(state.layout == Layout(width: 80, height: 24, focus: state.focus, detailSubject: state.detailSubject))
    }

    @Test func logWriteFailedIsSanitisedErrorFlash() {
        var state = Fixtures.loaded(width: 120, height: 40)
        let effects = reduce(&state, .logWriteFailed("The log at a\u{1B}[2J cannot be written: Broken pipe."))
        #expect(effects.isEmpty)
        #expect(state.flash?.kind == .error)
        #expect(state.flash?.text == "The log at a\u{FFFD}[2J cannot be written: Broken pipe.")
    }
}
