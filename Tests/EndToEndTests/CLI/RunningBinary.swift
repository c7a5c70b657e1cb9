import Foundation
import Synchronization

/// One started `sgaccess` process with its output captured in two temporary files.
final class RunningBinary: Sendable {
    let process: Process
    private let folder: URL
    private let exited = Locked<(status: Int32?, waiter: CheckedContinuation<Int32, Never>?)>((nil, nil))
    private let timedOut = Locked(false)

    init(executable: URL, arguments: [String], environment: [String: String]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sgaccess-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let outPath = folder.appendingPathComponent("out").path
        let errPath = folder.appendingPathComponent("err").path
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var variables = environment
        for name in ["PATH", "HOME"] { variables[name] = variables[name] ?? ProcessInfo.processInfo.environment[name] }
        process.environment = variables
        process.standardInput = FileHandle.nullDevice
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        defer {
            try? out.close()
            try? err.close()
        }
        process.standardOutput = out
        process.standardError = err
        process.terminationHandler = { [exited] process in
            let status = process.terminationReason == .exit ? process.terminationStatus : 128 + process.terminationStatus
            let waiter = exited.withLock { state -> CheckedContinuation<Int32, Never>? in
                state.status = status
                defer { state.waiter = nil }
                return state.waiter
            }
            waiter?.resume(returning: status)
        }
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }

    func stdout() -> String { read("out") }
    func stderr() -> String { read("err") }

    private func read(_ name: String) -> String {
        let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// Sends `signal` to the process (if it is still running).
    func send(_ signal: Int32) {
        if exited.withLock({ $0.status == nil }) { kill(pid, signal) }
    }

    /// The exit status (128 + N when killed by signal N). After `timeout` the process is killed and this throws.
    func waitForExit(timeout: Duration) async throws -> Int32 {
        let watchdog = Task { [timedOut] in
            try await Task.sleep(for: timeout)
            timedOut.withLock { $0 = true }
            send(SIGKILL)
        }
        defer { watchdog.cancel() }
        let status = await withCheckedContinuation { (continuation: CheckedContinuation<Int32, Never>) in
            let done = exited.withLock { state -> Int32? in
                if let status = state.status { return status }
                state.waiter = continuation
                return nil
            }
            if let done { continuation.resume(returning: done) }
        }
        if timedOut.withLock({ $0 }) {
            throw BinaryError.timedOut("sgaccess \(process.arguments?.joined(separator: " ") ?? "") did not finish within \(timeout); it was killed. stderr: \(stderr())")
        }
        return status
    }

    /// Polls standard output until a line satisfies `match`, the process exits, or `timeout` passes. Looks at
    /// least once after the deadline, so a starved task that wakes up late still sees a line already written.
    func waitForLine(timeout: Duration, where match: (String) -> Bool) async throws -> String? {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let line = stdout().split(separator: "\n").map(String.init).first(where: match) { return line }
            if exited.withLock({ $0.status != nil }) || ContinuousClock.now >= deadline { return nil }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    /// Kills the process if it still runs and removes the output files. Safe to call more than once.
    func cleanUp() {
        send(SIGKILL)
        try? FileManager.default.removeItem(at: folder)
    }
}

/// A value behind a lock that closures can capture (a `Mutex` itself cannot be captured: it is not copyable).
final class Locked<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>

    init(_ value: Value) { mutex = Mutex(value) }

    func withLock<R>(_ body: (inout sending Value) -> sending R) -> R { mutex.withLock(body) }
}
