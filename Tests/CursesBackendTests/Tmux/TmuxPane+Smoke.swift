import Foundation

/// Running `curses-smoke` in the pane and checking what it leaves behind.
extension TmuxPane {
    /// What the shell saw after the demo exited.
    struct ExitReport {
        let status: Int
        /// The `echo` / `icanon` flags from `stty -a` (e.g. ["icanon", "echo"]; "-echo" if left off).
        let ttyFlags: [String]
        let screen: [String]

        var ttySane: Bool { ttyFlags.contains("echo") && ttyFlags.contains("icanon") && !ttyFlags.contains { $0.hasPrefix("-") } }
    }

    /// Starts the demo from the interactive shell and waits for its first frame.
    func startSmoke(term: String? = "tmux-256color", environment: String = "", arguments: [String] = []) throws -> [String] {
        try launchSmoke(term: term, environment: environment, arguments: arguments)
        return try waitFor("the first frame") { $0.first?.hasPrefix(Self.title) == true }
    }

    /// Types the command that starts the demo (with a pid file), without waiting.
    func launchSmoke(term: String?, environment: String = "", arguments: [String] = []) throws {
        let termPart = term.map { "TERM=\($0)" } ?? "env -u TERM"
        let args = (["--pid-file", pidFile()] + arguments).map { "'\($0)'" }.joined(separator: " ")
        try sendLine("\(termPart) \(environment) '\(SmokeBinary.path)' \(args)")
    }

    func smokePID() throws -> Int32 {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: pidFile(), encoding: .utf8),
               let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return pid
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure(description: "curses-smoke never wrote its pid file")
    }

    /// Waits for the demo to leave the screen, then asks the shell for `$?` and the tty flags. Each report uses
    /// a fresh marker, so an earlier report (or the echoed command line) is never read by mistake.
    func exitReport(timeout: Double = 30) throws -> ExitReport {
        try waitFor("the demo to exit", timeout: timeout) { lines in !lines.contains { $0.hasPrefix(Self.title) } }
        let script = directory.appendingPathComponent("tty.sh")
        try "echo \"TTY-$1:$(stty -a | tr -s ' ;' '\\n\\n' | grep -xE -- '-?(echo|icanon)' | tr '\\n' ' ')\"\n"
            .write(to: script, atomically: true, encoding: .utf8)
        // A shell taking the terminal back (e.g. after a job stops) may flush what was typed: retry.
        var lastError: (any Error)?
        for _ in 0..<3 {
            do {
                return try report(marker: "M\(UUID().uuidString.prefix(6))", timeout: timeout / 3)
            } catch {
                lastError = error
            }
        }
        throw lastError!
    }

    private func report(marker: String, timeout: Double) throws -> ExitReport {
        try sendLine("echo \"RC-\(marker):$?\"; sh tty.sh \(marker)")
        let lines = try waitFor("the tty report", timeout: timeout) { lines in
            lines.contains { Self.value(after: "TTY-\(marker):", in: $0) != nil }
        }
        let status = lines.lazy.compactMap { Self.value(after: "RC-\(marker):", in: $0) }.compactMap { Int($0) }.first
        guard let status else {
            throw Failure(description: "no exit status on screen:\n" + lines.joined(separator: "\n"))
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
