import AccessCore
import Testing

@testable import TerminalUI

/// The reducer's side of a terminal that shows only ASCII or cannot be suspended.
@Suite struct TerminalLimitsTests {
    static let notice = "ASCII only: LANG=C is not UTF-8; use LANG=C.UTF-8 for full characters."

    @Test func theASCIINoticeShowsOnTheFlashLineUntilTheFirstKey() {
        var state = Fixtures.loaded()
        #expect(reduce(&state, .asciiOnly(notice: Self.notice)).isEmpty)
        #expect(state.charsetNotice == Self.notice)
        #expect(render(state, width: 80, height: 24).lines[22].hasPrefix(" " + Self.notice))

        _ = reduce(&state, .tick(now: Fixtures.now + 60))
        _ = reduce(&state, .resize(width: 100, height: 30))
        _ = reduce(&state, .key(.resize(width: 120, height: 40)))
        #expect(state.charsetNotice == Self.notice, "time and resizes are not keys")

        press(&state, .down)
        #expect(state.charsetNotice == nil)
        #expect(!render(state, width: 120, height: 40).lines.joined().contains("ASCII only"))
    }

    @Test func aFlashTakesTheLineBeforeTheNotice() {
        var state = Fixtures.loaded()
        _ = reduce(&state, .asciiOnly(notice: Self.notice))
        _ = reduce(&state, .logWriteFailed("The log cannot be written; continuing without it."))
        let text = render(state, width: 80, height: 24).lines.joined(separator: "\n")
        #expect(text.contains("The log cannot be written"))
        #expect(!text.contains("ASCII only"))
    }

    @Test func theNoticeIsSanitised() {
        var state = Fixtures.loaded()
        _ = reduce(&state, .asciiOnly(notice: "ASCII only\u{1B}[2J: x"))
        #expect(state.charsetNotice.map(Sanitizer.isSafe) == true)
    }

    @Test func aLongNoticeWrapsAndThePanesGiveUpARow() {
        var state = Fixtures.loaded()
        let long =
            "ASCII only: the locale LANG=en_US.UTF-8 is not installed here; install it (see `locale -a`) or use "
            + "LANG=C.UTF-8 for full characters."
        let before = state.layout
        _ = reduce(&state, .asciiOnly(notice: long))
        #expect(state.flashLines == 2)
        #expect(state.layout != before)
        let lines = render(state, width: 80, height: 24).lines
        #expect(lines[21].contains("ASCII only") && lines[22].contains("full characters."))
    }

    @Test func aDeclinedSuspendExplainsInAnErrorFlashThatTheNextKeyClears() {
        var state = Fixtures.loaded()
        #expect(press(&state, .control("z")) == [.suspend], "the key still asks; the runtime decides")
        #expect(reduce(&state, .suspendDeclined).isEmpty)
        #expect(state.flash?.kind == .error)
        #expect(
            state.flash?.text
                == "Ctrl-Z would stop sgaccess with no shell to resume it (it leads its session, e.g. ssh -t host "
                + "sgaccess); press q to quit.")
        press(&state, .down)
        #expect(state.flash == nil)
    }
}
