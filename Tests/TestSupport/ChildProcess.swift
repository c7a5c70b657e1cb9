import Foundation
import Synchronization

/// One started process, its standard output and error captured in files of its own scratch folder.
///
/// Nothing here blocks a thread: the exit is learned by polling `waitpid(WNOHANG)` between `Task.sleep`s, so
/// any number of processes can be waited for on the 2-thread cooperative pool while in-process servers keep
/// answering. Output goes to files, not pipes, so a descendant that keeps a descriptor (a daemon) can never hold
/// up reading it.
public final class ChildProcess: Sendable {
    /// The process id.
    public let pid: pid_t
    /// The command line, for messages.
    public let command: String
    private let scratch: ScratchFolder
    private let status = Mutex<Int32?>(nil)

    /// Starts `executable` with `arguments` and exactly `environment`.
    /// - Parameter standardInput: the file read as standard input (default `/dev/null`: not a terminal).
    public init(
        _ executable: String, _ arguments: [String], environment: [String: String],
        standardInput: String = "/dev/null"
    ) throws {
        scratch = try ScratchFolder("proc")
        command = ([executable] + arguments).joined(separator: " ")
        pid = try PosixSpawn.start(
            executable, arguments, environment: environment, standardInput: standardInput,
            standardOutput: scratch.file("out"), standardError: scratch.file("err"))
    }

    deinit { cleanUp() }

    /// What the process wrote to standard output so far.
    public func stdout() -> String { scratch.read("out") }

    /// What the process wrote to standard error so far.
    public func stderr() -> String { scratch.read("err") }

    /// The exit status (128 + N when killed by signal N) once the process has ended, nil while it runs.
    public var exitStatus: Int32? {
        status.withLock { known in
            if known == nil { known = PosixSpawn.reapIfEnded(pid) }
            return known
        }
    }

    /// Sends `signal` to the process, unless it has already ended (and so its pid may belong to another one).
    public func send(_ signal: Int32) {
        status.withLock { known in
            if known == nil { known = PosixSpawn.reapIfEnded(pid) }
            if known == nil { kill(pid, signal) }
        }
    }

    /// Waits for the process to end and returns its exit status.
    /// - Throws: `TimedOut` when it runs longer than `timeout`; it is then killed (and reaped).
    public func waitForExit(timeout: Duration) async throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        var pause = Duration.milliseconds(1)
        while true {
            if let code = exitStatus { return code }
            if ContinuousClock.now >= deadline {
                send(SIGKILL)
                while exitStatus == nil { try? await Task.sleep(for: .milliseconds(5)) }
                throw TimedOut(command: command, after: timeout, stderr: stderr())
            }
            try await Task.sleep(for: pause)
            pause = min(pause * 2, .milliseconds(20))
        }
    }

    /// Polls standard output until a line satisfies `match`, the process ends, or `timeout` passes; looks once
    /// more after the deadline, so a task that wakes up late still sees a line already written.
    public func waitForLine(timeout: Duration, where match: (String) -> Bool) async throws -> String? {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let line = stdout().split(separator: "\n").map(String.init).first(where: match) { return line }
            if exitStatus != nil || ContinuousClock.now >= deadline { return nil }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    /// Kills the process if it still runs, reaps it in the background, and removes its output files. Safe to call
    /// more than once.
    public func cleanUp() {
        send(SIGKILL)
        scratch.remove()
        guard exitStatus == nil else { return }
        let pid = pid
        // A killed process ends within milliseconds; reap it so that no zombie outlives the test.
        Task.detached {
            for _ in 0..<500 where PosixSpawn.reapIfEnded(pid) == nil {
                try? await Task.sleep(for: .milliseconds(10))
            }
        }
    }

    /// A process that did not end in time.
    public struct TimedOut: Error, CustomStringConvertible {
        public let command: String
        public let after: Duration
        public let stderr: String
        public var description: String {
            "\(command) did not finish within \(after); it was killed." + (stderr.isEmpty ? "" : " stderr: \(stderr)")
        }
    }
}
