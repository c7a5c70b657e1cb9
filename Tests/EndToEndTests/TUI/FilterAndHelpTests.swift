import TestSupport
import Testing

extension TUIEndToEndTests {
    @Suite("Filter and help")
    struct FilterAndHelp {
        @Test("/ with an address shows only the rules that cover it")
        func filterByAddress() async throws {
            try await TUIApp.run { app in
                try await app.waitForMainScreen()
                try await app.tmux.send("1", "/")
                try await app.tmux.type("203.0.113.200")
                let screen = try await app.tmux.waitForScreen("only the two covering rules listed") { screen in
                    screen.contains("rules covering 203.0.113.200")
                        && Self.ruleRows(screen) == ["203.0.113.0/24", "203.0.113.200/32"]
                }
                for hidden in ["198.51.100.7/32", "192.0.2.15/32", "198.18.0.0/16"] {
                    #expect(!screen.contains(hidden), "\(hidden) does not cover 203.0.113.200")
                }
                try await app.tmux.send("Enter")
                try await app.tmux.send("Escape")
                try await app.tmux.waitFor("198.51.100.7/32")
                #expect(app.mutatingRequests.isEmpty)
            }
        }

        /// The rules listed in the allow-list pane (left of the divider in the side-by-side layout).
        static func ruleRows(_ screen: String) -> [String] {
            screen.split(separator: "\n").compactMap { line in
                guard let bar = line.firstIndex(of: "│") else { return nil }
                return line[..<bar].firstMatch(of: /#\d+\s+(\S+\/\d+)/).map { String($0.1) }
            }
        }

        @Test("? opens the help overlay and Esc closes it")
        func helpOverlay() async throws {
            try await TUIApp.run { app in
                try await app.waitForMainScreen()
                try await app.tmux.send("?")
                let help = try await app.tmux.waitFor("Keys", "Esc, ? or q closes")
                for text in ["allow this a", "remove rule", "quit"] {
                    #expect(help.contains(text), "help lists \(text)")
                }
                try await app.tmux.send("Escape")
                try await app.tmux.waitForAbsence(of: "Esc, ? or q closes")
                try await app.waitForMainScreen()
            }
        }
    }
}
