import Foundation

/// Runs short helper commands (tmux, pgrep, stty) for the terminal-app end-to-end tests.
///
/// Output goes through files, not pipes: a tmux server started by `new-session` must not inherit a pipe the test
/// reads to its end. Waiting polls with `Task.sleep` so the cooperative pool (which also serves the in-process
/// simulator) is never blocked for long.
enum TUIProcess {
    struct Result: Sendable {
        let status: Int32
        let output: String
        let error: String
    }

    /// Runs `executable` with `arguments` and returns its status and output.
    /// - Parameters:
    ///   - environment: the whole environment of the child; nil inherits the test's.
    ///   - standardInput: a file for stdin (for example `/dev/null`); nil inherits the test's.
    ///   - timeout: the child is killed and an error thrown after this long.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                    standardInput: String? = nil, timeout: Duration = .seconds(20)) async throws -> Result {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("sgaccess-tui-proc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out")
        let errURL = scratch.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.standardOutput = out
        process.standardError = err
        if let standardInput { process.standardInput = FileHandle(forReadingAtPath: standardInput) }
        try process.run()
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now > deadline {
                process.terminate()
                throw TimedOut(command: ([executable] + arguments).joined(separator: " "))
            }
            try await Task.sleep(for: .milliseconds(10))
        }
        process.waitUntilExit()
        let output = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
        let error = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        return Result(status: process.terminationStatus, output: output, error: error)
    }

    /// The test's environment without the variables that would leak into, or confuse, the children.
    static var cleanEnvironment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in ["TMUX", "TMUX_PANE", "NO_COLOR", "SENDGRID_API_KEY"] { environment.removeValue(forKey: name) }
        return environment
    }

    struct TimedOut: Error, CustomStringConvertible {
        let command: String
        var description: String { "The command did not finish in time: \(command)" }
    }
}
