import Foundation
import TestSupport
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

        @Test("Ctrl-Z suspends with the terminal restored; SIGCONT resumes with a redraw; q still quits cleanly")
        func suspendAndResume() async throws {
            try await TUIApp.run { app in
                try await app.waitForMainScreen()
                let pid = try await app.appPID()
                try await app.tmux.send("C-z")
                try await Self.waitForState(of: pid, "T")
                // The app left the alternate screen, so the pane shows the shell's screen until the app repaints.
                try await app.tmux.waitForAbsence(of: "my IPs")
                let suspended = try await app.sttyNow()
                #expect(
                    suspended.contains("icanon") && suspended.contains("echo"),
                    "sane while suspended: \(suspended.sorted())")

                #expect(kill(pid, SIGCONT) == 0)
                try await Self.waitForState(of: pid, "S", "R")
                try await app.waitForMainScreen()
                try await Self.expectAppOwnsTerminal(app)
                try await app.tmux.send("q")
                #expect(try await app.waitForExit() == 0)
                try Self.expectSane(app)
            }
        }

        /// Polls `/proc/<pid>/stat` until the process is in one of `states` (T: stopped, S: sleeping, R: running).
        static func waitForState(of pid: Int32, _ states: Character...) async throws {
            let deadline = ContinuousClock.now + .seconds(10)
            var state: Character = "?"
            while ContinuousClock.now < deadline {
                let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
                // "pid (comm) S …": the state follows the last ')'.
                if let close = stat.lastIndex(of: ")"),
                    let found = stat[stat.index(after: close)...].first(where: { $0 != " " })
                {
                    state = found
                    if states.contains(found) { return }
                }
                try await Task.sleep(for: .milliseconds(100))
            }
            let signals = ((try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? "")
                .split(separator: "\n").filter { $0.hasPrefix("Sig") || $0.hasPrefix("Shd") }.joined(separator: " ")
            throw HarnessError("process \(pid) stayed in state \(state), expected one of \(states) (\(signals))")
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
