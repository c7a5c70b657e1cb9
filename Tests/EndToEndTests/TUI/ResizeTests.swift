import TestSupport
import Testing

extension TUIEndToEndTests {
    @Suite("Resizing")
    struct Resize {
        @Test("a resize re-lays out: three panes, stacked, too small, and back")
        func resizeRelaysOut() async throws {
            try await TUIApp.run { app in
                try await app.waitForMainScreen()
                try await app.tmux.waitForScreen("three panes side by side at 120×40", Self.isSideBySide)

                try await app.tmux.resize(width: 80, height: 24)
                let stacked = try await app.tmux.waitForScreen("the stacked layout at 80×24", Self.isStacked)
                #expect(stacked.split(separator: "\n", omittingEmptySubsequences: false).count <= 25)
                #expect(stacked.contains("1 Allow list"))

                try await app.tmux.resize(width: 60, height: 20)
                try await app.tmux.waitFor("terminal too small: have 60×20, need 80×24")

                try await app.tmux.resize(width: 120, height: 40)
                let back = try await app.tmux.waitForScreen("three panes again at 120×40", Self.isSideBySide)
                #expect(!back.contains("terminal too small"))
                #expect(back.contains("\(TUIApp.clientIP) ✓"))
            }
        }

        /// The attempts pane's title sits right of the allow list, after the vertical divider.
        static func isSideBySide(_ screen: String) -> Bool {
            screen.split(separator: "\n").contains { $0.contains("│ 2 Attempts") }
        }

        /// The attempts pane's title starts its own line below the allow list.
        static func isStacked(_ screen: String) -> Bool {
            let lines = screen.split(separator: "\n")
            return lines.contains { $0.hasPrefix(" 2 Attempts") } && !lines.contains { $0.contains("│ 2 Attempts") }
        }
    }
}
