import Foundation
import TestSupport
import Testing

extension TUIEndToEndTests {
    @Suite("Any terminal, any locale")
    struct TerminalLimits {
        /// The locales that leave only ASCII: LC_ALL=C over a UTF-8 LANG (SSH forwarding LC_ALL), and no locale.
        static let asciiLocales: [(variables: [String: String], unsetting: [String])] = [
            (["LC_ALL": "C"], []), ([:], ["LANG"]),
        ]

        @Test("in a C locale only ASCII reaches the terminal; * marks my rule; the footer says why", arguments: [0, 1])
        func cLocaleWritesOnlyASCII(locale: Int) async throws {
            let (variables, unsetting) = Self.asciiLocales[locale]
            try await TUIApp.runFromShell(variables: variables, unsetting: unsetting) { app, commandLine in
                let raw = app.folder.file("pane-output.bin")
                try await app.tmux.tmux(["pipe-pane", "-o", "-t", app.tmux.target, "cat >> '\(raw)'"])
                try await app.tmux.typeLine(commandLine)
                let screen = try await app.tmux.waitFor("this host", "\(TUIApp.clientIP) +", "x blocked")
                let lines = screen.split(separator: "\n")
                #expect(lines.contains { $0.hasPrefix("  *") && $0.contains("203.0.113.0/24") }, "\(screen)")
                #expect(screen.contains("ASCII only:"), "\(screen)")
                #expect(screen.contains(locale == 0 ? "LC_ALL=C is not UTF-8" : "no locale is set"), "\(screen)")

                try await app.tmux.send("j")
                try await app.tmux.waitForAbsence(of: "ASCII only:")
                try await app.tmux.send("q")
                #expect(try await app.waitForExit() == 0)
                try await app.tmux.waitFor("$ ")
                try await app.tmux.tmux(["pipe-pane", "-t", app.tmux.target])  // stops recording

                let bytes = try Data(contentsOf: URL(fileURLWithPath: raw))
                #expect(bytes.count > 1000, "the recording holds the app's frames (\(bytes.count) bytes)")
                let high = bytes.enumerated().filter { $0.element >= 0x80 }
                #expect(high.isEmpty, "bytes >= 0x80 written at offsets \(high.prefix(8).map(\.offset))")
                #expect(app.log.contains("charset=ascii"), "\(app.log)")
            }
        }

        @Test("on vt100 (no alternate screen) quitting clears the screen and the prompt is usable at the top")
        func vt100ClearsOnExit() async throws {
            try await TUIApp.runFromShell(variables: ["TERM": "vt100"]) { app, commandLine in
                try await app.tmux.typeLine(commandLine)
                try await app.waitForMainScreen()
                #expect(try await app.tmux.alternateScreenOn() == false, "vt100 has no alternate screen")
                try await app.tmux.send("q")
                #expect(try await app.waitForExit() == 0)
                try await app.tmux.typeLine("echo ready-$((40 + 2))")
                let lines = try await app.tmux.waitForLines("the prompt to answer") { lines in
                    lines.contains { $0.hasPrefix("ready-42") }
                }
                let screen = lines.joined(separator: "\n")
                #expect(!screen.contains("Allow list") && !screen.contains("this host"), "the frame stayed:\n\(screen)")
                #expect(lines.first?.hasPrefix("$ echo ready-") == true, "the prompt is at the top:\n\(screen)")
            }
        }

        @Test("Ctrl-Z when the app leads its session is declined with a flash; the app keeps running; q quits")
        func ctrlZDeclinedAsSessionLeader() async throws {
            try await TUIApp.runAsSessionLeader { app in
                try await app.waitForMainScreen()
                let pid = try await app.tmux.panePID()
                try await app.tmux.send("C-z")
                try await app.tmux.waitFor("Ctrl-Z would stop sgaccess with no shell to resume it")
                try await ExitAndSignals.waitForState(of: pid, "S", "R")
                #expect(app.log.contains("suspend declined"), "\(app.log)")

                try await app.tmux.send("j")
                try await app.tmux.waitForAbsence(of: "Ctrl-Z would stop")
                try await app.tmux.send("q")
                let deadline = ContinuousClock.now + .seconds(10)
                while kill(pid, 0) == 0, ContinuousClock.now < deadline {
                    try await Task.sleep(for: .milliseconds(100))
                }
                #expect(kill(pid, 0) != 0, "the app ended after q")
            }
        }
    }
}
