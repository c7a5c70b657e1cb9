import Foundation
import Testing

extension TUIEndToEndTests {
    @Suite("Quitting and signals leave the terminal sane")
    struct ExitAndSignals {
        @Test("q quits with status 0 and restores echo and canonical mode")
        func quitRestoresTerminal() async throws {
            try await TUIApp.run { app in
                try await app.waitForMainScreen()
                try await Self.expectAppOwnsTerminal(app)
                try await app.tmux.send("q")
                let code = try await app.waitForExit()
                #expect(code == 0)
                try Self.expectSane(app)
            }
        }

        @Test("SIGTERM and SIGHUP end the app cleanly and restore the terminal", arguments: [SIGTERM, SIGHUP])
        func signalRestoresTerminal(signal: Int32) async throws {
            try await TUIApp.run { app in
                try await app.waitForMainScreen()
                try await Self.expectAppOwnsTerminal(app)
                let pid = try await app.appPID()
                #expect(kill(pid, signal) == 0)
                let code = try await app.waitForExit()
                #expect(code == 128 + signal)
                try Self.expectSane(app)
                #expect(app.log.contains("reason=signal \(signal)"), "the app handled the signal itself:\n\(app.log)")
                #expect(app.mutatingRequests.isEmpty)
            }
        }

        /// While the app runs, the pane's terminal is out of canonical mode and echo is off; so the checks after
        /// exit can tell a restored terminal from one that was never changed.
        static func expectAppOwnsTerminal(_ app: TUIApp) async throws {
            let modes = try await app.sttyNow()
            #expect(modes.contains("-icanon"), "the app runs without canonical mode: \(modes.sorted())")
            #expect(modes.contains("-echo"), "the app runs without echo")
        }

        static func expectSane(_ app: TUIApp) throws {
            let modes = try app.sttyAfterExit()
            #expect(modes.contains("echo") && !modes.contains("-echo"), "echo is back: \(modes.sorted())")
            #expect(modes.contains("icanon") && !modes.contains("-icanon"), "canonical mode is back")
            #expect(modes.contains("isig"), "signals from the keyboard are back")
        }
    }
}
