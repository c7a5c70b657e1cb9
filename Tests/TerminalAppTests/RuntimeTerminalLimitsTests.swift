import AccessCore
import TerminalKit
import TerminalUI
import Testing

@testable import TerminalApp

/// What the runtime does with what the terminal cannot do: show only ASCII, or be suspended with nobody to resume.
@MainActor @Suite struct RuntimeTerminalLimitsTests {
    static let notice = "ASCII only: LC_ALL=C is not UTF-8; use LC_ALL=C.UTF-8 for full characters."

    /// The bytes of every frame presented, as UTF-8.
    static func bytes(_ frames: [Grid]) -> [UInt8] { frames.flatMap { $0.lines.flatMap { Array($0.utf8) } } }

    @Test func anASCIITerminalGetsOnlyASCIIFramesAndTheReasonInTheFooter() async throws {
        let h = RuntimeHarness()
        h.terminal.charset = Charset.Detection(charset: .ascii, notice: Self.notice)
        try await h.start()
        #expect(!h.terminal.frames.isEmpty)
        #expect(Self.bytes(h.terminal.frames).allSatisfy { $0 < 0x80 })
        let lines = h.terminal.lines
        #expect(lines.contains { $0.contains(Self.notice) }, "\(h.screen)")
        // The mine marker is still there, as `*`, in front of this host's rule.
        #expect(lines.contains { $0.contains("*") && $0.contains("203.0.113.0/24") }, "\(h.screen)")
        #expect(h.runtime.state.charsetNotice == Self.notice)

        h.terminal.press(.down)
        #expect(!h.screen.contains(Self.notice), "the first key clears the notice")
        #expect(Self.bytes(h.terminal.frames).allSatisfy { $0 < 0x80 })
    }

    @Test func aUTF8TerminalDrawsTheGlyphsAndNoNotice() async throws {
        let h = RuntimeHarness()
        try await h.start()
        #expect(h.screen.contains("★"))
        #expect(h.runtime.state.charsetNotice == nil)
    }

    @Test func ctrlZSuspendsWhenAShellCanResume() async throws {
        let h = RuntimeHarness()
        try await h.start()
        h.terminal.requestSuspend()
        #expect(h.terminal.suspensions == 1)
        h.terminal.press(.control("z"))
        #expect(h.terminal.suspensions == 2)
        #expect(h.runtime.state.flash == nil)
    }

    @Test func ctrlZIsDeclinedWithAFlashWhenTheAppLeadsItsSession() async throws {
        let h = RuntimeHarness()
        h.terminal.canSuspend = false
        try await h.start()
        h.terminal.requestSuspend()
        #expect(h.terminal.suspensions == 0)
        #expect(h.runtime.exitStatus == nil)
        #expect(h.screen.contains("Ctrl-Z would stop sgaccess with no shell to resume it"), "\(h.screen)")
        #expect(h.runtime.state.flash?.text.hasSuffix("press q to quit.") == true)

        h.terminal.press(.down)
        #expect(!h.screen.contains("Ctrl-Z would stop"), "the flash goes at the next key")
        h.terminal.press(.control("z"))
        #expect(h.terminal.suspensions == 0)
        #expect(h.screen.contains("Ctrl-Z would stop sgaccess"))
        h.terminal.press(.character("q"))
        #expect(h.runtime.exitStatus == 0)
    }
}
