import Foundation

/// A private tmux server with one detached pane running `sh`, for driving the real `curses-smoke` binary.
/// Each pane has its own socket, so tests never touch another tmux server; `close()` kills only that server.
final class TmuxPane {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static let title = "curses-smoke: sgaccess backend demo"
    let socket: String
    let target = "smoke"
    let directory: URL

    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") && FileManager.default.fileExists(atPath: SmokeBinary.path)
    }

    init(width: Int = 100, height: Int = 30) throws {
        let unique = "\(getpid())-\(UUID().uuidString.prefix(8))"
        socket = "sgaccess-backend-\(unique)"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("curses-smoke-\(unique)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try tmux(["new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)", "-e", "LANG=C.UTF-8", "sh"])
        // Lets the shell settle and turns off the history/prompt noise.
        try sendLine("PS1='$ '; cd '\(directory.path)'")
    }

    func close() {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["NO_COLOR"] = nil   // the colour tests set it themselves
        environment["LANG"] = "C.UTF-8"
        let outputFile = directory.appendingPathComponent("tmux-\(UUID().uuidString.prefix(8)).out").path
        defer { try? FileManager.default.removeItem(atPath: outputFile) }
        let result = try CleanSpawn.run(
            "/usr/bin/tmux", ["-u", "-L", socket, "-f", "/dev/null"] + arguments,
            environment: environment, outputFile: outputFile
        )
        guard result.status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.output)")
        }
        return result.output
    }

    func sendLine(_ text: String) throws {
        try tmux(["send-keys", "-t", target, "-l", text])
        try tmux(["send-keys", "-t", target, "Enter"])
    }

    func sendKeys(_ keys: String...) throws {
        try tmux(["send-keys", "-t", target] + keys)
    }

    func capture() throws -> [String] {
        try tmux(["capture-pane", "-p", "-t", target]).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Polls the pane until `condition` holds; throws with the last screen when it never does.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 15, _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var lines: [String] = []
        while Date() < deadline {
            lines = try capture()
            if condition(lines) { return lines }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw Failure(description: "timed out waiting for \(what); screen was:\n" + lines.joined(separator: "\n"))
    }

    func pidFile() -> String { directory.appendingPathComponent("smoke.pid").path }
}
