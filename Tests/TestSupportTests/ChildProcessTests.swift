import Foundation
import TestSupport
import Testing

/// The process runner every process-driving suite uses: statuses, output, time-outs, a clean start, and waits
/// that never hold a thread.
@Suite("TestSupport: child processes")
struct ChildProcessTests {
    @Test("exit status, standard output and standard error are captured separately")
    func statusAndOutput() async throws {
        let result = try await ProcessResult.run("/bin/sh", ["-c", "echo out; echo err >&2; exit 3"], environment: [:])
        #expect(result.status == 3)
        #expect(result.out == "out\n")
        #expect(result.err == "err\n")
    }

    @Test("a process killed by a signal reports 128 + the signal, as a shell does")
    func killedBySignal() async throws {
        let result = try await ProcessResult.run("/bin/sh", ["-c", "kill -TERM $$"], environment: [:])
        #expect(result.status == 128 + SIGTERM)
    }

    /// The bound is loose on purpose: on 2 busy cores a task can wake seconds late, but never the 5 minutes that
    /// waiting for the process would take.
    @Test("a process that outlives its time-out is killed, and the error names it")
    func timeOut() async throws {
        let started = ContinuousClock.now
        await #expect(throws: ChildProcess.TimedOut.self) {
            try await ProcessResult.run("/bin/sleep", ["300"], environment: [:], timeout: .milliseconds(300))
        }
        #expect(ContinuousClock.now - started < .seconds(120), "killed, not waited for")
    }

    @Test("a program that does not exist is a clear error")
    func missingProgram() async throws {
        #expect(throws: SpawnFailed.self) { try ChildProcess("/no/such/program", [], environment: [:]) }
    }

    @Test("the child starts with no blocked signals and no descriptor but 0, 1 and 2")
    func cleanStart() async throws {
        // The last command is exec'd, so the mask read is that of the spawned process itself (a shell waiting for a
        // child blocks its signals meanwhile).
        let result = try await ProcessResult.run(
            "/bin/sh", ["-c", "ls /proc/$$/fd; exec grep '^SigBlk' /proc/self/status"],
            environment: [:])
        #expect(result.status == 0, "\(result.err)")
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.last == "SigBlk:\t0000000000000000", "\(result.out)")
        #expect(Array(lines.dropLast()) == ["0", "1", "2"], "descriptors of the child: \(lines.dropLast())")
    }

    @Test("standard output can be read while the process runs")
    func waitForLine() async throws {
        // The child outlives any stall of the test's own task on a loaded machine (a CI run saw the two-thread pool
        // busy for 30 s); it is ended by the SIGTERM below, or by cleanUp.
        let child = try ChildProcess("/bin/sh", ["-c", "echo ready; exec sleep 600"], environment: [:])
        defer { child.cleanUp() }
        let line = try await child.waitForLine(timeout: .seconds(10)) { $0 == "ready" }
        #expect(line == "ready")
        #expect(child.exitStatus == nil, "still running")
        child.send(SIGTERM)
        #expect(try await child.waitForExit(timeout: .seconds(10)) == 128 + SIGTERM)
    }

    /// Twenty processes that end only when told, waited for at once. A wait that held a thread (a blocking `waitpid`)
    /// would take both of the pool's threads for ever, so this task could never send the signals and the test would
    /// hang until its time limit; with waits that poll between `Task.sleep`s every waiter is parked and this goes on.
    @Test("waiting never holds a thread: twenty concurrent waits leave the pool free", .timeLimit(.minutes(1)))
    func concurrentWaits() async throws {
        let children = try (0..<20).map { _ in try ChildProcess("/bin/sleep", ["30"], environment: [:]) }
        defer { children.forEach { $0.cleanUp() } }
        let started = ContinuousClock.now
        let statuses = try await withThrowingTaskGroup(of: Int32.self) { group in
            for child in children {
                group.addTask { try await child.waitForExit(timeout: .seconds(50)) }
            }
            try await Task.sleep(for: .milliseconds(200))
            for child in children { child.send(SIGTERM) }
            return try await group.reduce(into: [Int32]()) { $0.append($1) }
        }
        print("TestSupport: 20 concurrent waits, ended by SIGTERM, took \(ContinuousClock.now - started)")
        #expect(statuses == Array(repeating: 128 + SIGTERM, count: 20))
    }
}
