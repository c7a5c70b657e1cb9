import Foundation

/// What one finished process printed and returned.
public struct ProcessResult: Sendable {
    /// The exit status: 128 + N when killed by signal N.
    public let status: Int32
    /// Standard output.
    public let out: String
    /// Standard error.
    public let err: String

    public init(status: Int32, out: String, err: String) {
        self.status = status
        self.out = out
        self.err = err
    }

    /// Standard output, then standard error.
    public var all: String { out + "\n" + err }

    /// Runs `executable` to its end and returns what it printed (see `ChildProcess`).
    /// - Parameters:
    ///   - environment: the whole environment of the child (`TestEnvironment.clean` is the test's own, cleaned).
    ///   - standardInput: the file read as standard input.
    ///   - timeout: the child is killed and `ChildProcess.TimedOut` thrown after this long.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String],
        standardInput: String = "/dev/null", timeout: Duration = .seconds(20)
    ) async throws -> ProcessResult {
        let child = try ChildProcess(executable, arguments, environment: environment, standardInput: standardInput)
        defer { child.cleanUp() }
        let status = try await child.waitForExit(timeout: timeout)
        return ProcessResult(status: status, out: child.stdout(), err: child.stderr())
    }
}
