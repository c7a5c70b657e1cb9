import Foundation
import TestSupport
import Testing

extension TUIEndToEndTests {
    /// Faults around the app (a log that stops accepting writes, a signal nobody expects) never leave the
    /// terminal in raw mode on the alternate screen, and a broken log never ends the app.
    @Suite("Faults never take the terminal with them")
    struct FaultTolerance {
        @Test(
            "SIGUSR1, SIGUSR2, SIGQUIT and a real-time signal end the app with the tty sane and the alternate screen left",
            arguments: [SIGUSR1, SIGUSR2, SIGQUIT, SIGRTMIN_PLUS_2])
        func terminatingSignalRestoresTheTerminal(signal: Int32) async throws {
            try await TUIApp.run { app in
                try await app.waitForMainScreen()
                try await ExitAndSignals.expectAppOwnsTerminal(app)
                #expect(try await app.tmux.alternateScreenOn(), "the app draws on the alternate screen")
                let pid = try await app.appPID()
                #expect(kill(pid, signal) == 0)
                let code = try await app.waitForExit(timeout: .seconds(30))
                #expect(code == 128 + signal, "the signal still ends the process the default way")
                try ExitAndSignals.expectSane(app)
                #expect(try await app.tmux.alternateScreenOn() == false, "the alternate screen was left")
            }
        }

        @Test("a log FIFO whose reader leaves: the app carries on and says so once; SIGPIPE is ignored")
        func logFIFOWhoseReaderLeaves() async throws {
            let reader = ReaderEnd()
            try await TUIApp.run(
                arguments: ["--log-file", "log.fifo", "--log-level", "debug"],
                prepare: { scratch in
                    let fifo = scratch.appendingPathComponent("log.fifo").path
                    guard mkfifo(fifo, 0o600) == 0 else { throw HarnessError("mkfifo \(fifo) failed: errno \(errno)") }
                    // Non-blocking, so that opening does not wait for the writer; the app's open then finds a reader.
                    reader.fd = open(fifo, O_RDONLY | O_NONBLOCK)
                    guard reader.fd >= 0 else { throw HarnessError("cannot open \(fifo) for reading") }
                }
            ) { app in
                defer { reader.close() }
                try await app.waitForMainScreen()
                let pid = try await app.appPID()
                let ignored = try Self.signalMask(of: pid, "SigIgn")
                #expect(ignored & (1 << UInt64(SIGPIPE - 1)) != 0, "SIGPIPE is ignored")
                reader.close()
                // Polls log a line every second at debug level: the next one meets a FIFO without a reader.
                let screen = try await app.tmux.waitFor("log.fifo cannot be written", "Broken pipe")
                #expect(screen.components(separatedBy: "cannot be written").count == 2, "said once:\n\(screen)")
                try await app.settle()
                try await app.waitForMainScreen()
                #expect(kill(pid, 0) == 0, "the app is still running")
                try await app.tmux.send("q")
                #expect(try await app.waitForExit() == 0)
                try ExitAndSignals.expectSane(app)
            }
        }

        /// A signal mask line of `/proc/<pid>/status` (SigIgn, SigCgt, …) as a number.
        static func signalMask(of pid: Int32, _ name: String) throws -> UInt64 {
            let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }),
                let mask = UInt64(line.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces), radix: 16)
            else {
                throw HarnessError("no \(name) in /proc/\(pid)/status")
            }
            return mask
        }
    }
}

/// SIGRTMIN+2 (SIGRTMIN is a function call in glibc; 34 on Linux with glibc's two reserved signals).
let SIGRTMIN_PLUS_2: Int32 = 36

/// The read end of the test's log FIFO, closed on every path.
final class ReaderEnd: @unchecked Sendable {
    var fd: Int32 = -1

    func close() {
        if fd >= 0 { _ = Foundation.close(fd) }
        fd = -1
    }
}
