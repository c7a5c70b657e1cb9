import Foundation
import TestSupport

/// Running `curses-smoke` from an interactive shell in a tmux pane and checking what it leaves behind.
extension TmuxSession {
    /// The first words of the demo's first row.
    static let smokeTitle = "curses-smoke: sgaccess backend demo"

    /// What the shell saw after the demo exited.
    struct ExitReport {
        let status: Int
        /// The `echo` / `icanon` flags from `stty -a` (e.g. ["icanon", "echo"]; "-echo" if left off).
        let ttyFlags: [String]
        let screen: [String]

        var ttySane: Bool {
            ttyFlags.contains("echo") && ttyFlags.contains("icanon") && !ttyFlags.contains { $0.hasPrefix("-") }
        }
    }

    /// Runs `body` with a `width`×`height` pane running `sh` in the session's folder, and closes it afterwards.
    static func withSmokePane(
        width: Int = 100, height: Int = 30, _ body: (TmuxSession) async throws -> Void
    ) async throws {
        try await with(width: width, height: height) { pane in
            // Lets the shell settle and turns off the history/prompt noise.
            try await pane.typeLine("PS1='$ '; cd '\(pane.folder.path)'")
            try await body(pane)
        }
    }

    /// Starts the demo from the interactive shell and waits for its first frame.
    @discardableResult
    func startSmoke(
        term: String? = "tmux-256color", environment: String = "", arguments: [String] = []
    ) async throws -> [String] {
        try await launchSmoke(term: term, environment: environment, arguments: arguments)
        return try await waitForLines("the first frame") { $0.first?.hasPrefix(Self.smokeTitle) == true }
    }

    /// Types the command that starts the demo (with a pid file), without waiting.
    func launchSmoke(term: String?, environment: String = "", arguments: [String] = []) async throws {
        let termPart = term.map { "TERM=\($0)" } ?? "env -u TERM"
        let args = (["--pid-file", smokePIDFile] + arguments).map { "'\($0)'" }.joined(separator: " ")
        try await typeLine("\(termPart) \(environment) '\(try BuiltProducts.cursesSmoke())' \(args)")
    }

    var smokePIDFile: String { folder.file("smoke.pid") }

    func smokePID() async throws -> Int32 {
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            if let pid = Int32(folder.read("smoke.pid").trimmingCharacters(in: .whitespacesAndNewlines)) { return pid }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw HarnessError("curses-smoke never wrote its pid file")
    }

    /// Waits for the demo to leave the screen, then asks the shell for `$?` and the tty flags. Each report uses
    /// a fresh marker, so an earlier report (or the echoed command line) is never read by mistake.
    func exitReport(timeout: Duration = .seconds(30)) async throws -> ExitReport {
        try await waitForLines("the demo to exit", timeout: timeout) { lines in
            !lines.contains { $0.hasPrefix(Self.smokeTitle) }
        }
        try "echo \"TTY-$1:$(stty -a | tr -s ' ;' '\\n\\n' | grep -xE -- '-?(echo|icanon)' | tr '\\n' ' ')\"\n"
            .write(toFile: folder.file("tty.sh"), atomically: false, encoding: .utf8)
        // A shell taking the terminal back (e.g. after a job stops) may flush what was typed: retry.
        var lastError: (any Error)?
        for _ in 0..<3 {
            do {
                return try await report(marker: "M\(UUID().uuidString.prefix(6))", timeout: timeout / 3)
            } catch {
                lastError = error
            }
        }
        throw lastError!
    }

    private func report(marker: String, timeout: Duration) async throws -> ExitReport {
        try await typeLine("echo \"RC-\(marker):$?\"; sh tty.sh \(marker)")
        let lines = try await waitForLines("the tty report", timeout: timeout) { lines in
            lines.contains { Self.value(after: "TTY-\(marker):", in: $0) != nil }
        }
        let status = lines.lazy.compactMap { Self.value(after: "RC-\(marker):", in: $0) }.compactMap { Int($0) }.first
        guard let status else {
            throw HarnessError("no exit status on screen:\n" + lines.joined(separator: "\n"))
        }
        let flags = lines.lazy.compactMap { Self.value(after: "TTY-\(marker):", in: $0) }.first ?? ""
        return ExitReport(status: status, ttyFlags: flags.split(separator: " ").map(String.init), screen: lines)
    }

    /// The text after `marker` in `line`, unless it is the shell's own `$?` (the echoed command line).
    static func value(after marker: String, in line: String) -> String? {
        guard let range = line.range(of: marker) else { return nil }
        let rest = String(line[range.upperBound...])
        return rest.hasPrefix("$") ? nil : rest
    }

    /// The demo's "last key:" line.
    func lastKeyLine(_ lines: [String]) -> String { lines.count > 2 ? lines[2] : "" }
}
