import Foundation

extension TUIProcess {
    /// Runs a command that leaves a daemon behind (`tmux new-session` starts the tmux server) without letting the
    /// daemon inherit any of this process's descriptors.
    ///
    /// Foundation's `Process` on Linux learns that a child ended when a socket the child inherited closes; a daemon
    /// forked from the child keeps that socket open forever, so `isRunning` never turns false — for this call and
    /// for any other `Process` started concurrently in the test process. `posix_spawn` with every descriptor above
    /// 2 closed, and `waitpid` polling, avoid both. The child also starts with no blocked signals and default
    /// dispositions, as a shell would start it.
    /// - Returns: the exit status and what the command wrote to standard error.
    static func spawnClean(_ executable: String, _ arguments: [String], environment: [String: String],
                           timeout: Duration = .seconds(20)) async throws -> Result {
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("sgaccess-tui-spawn-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: errorFile) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        closeInheritedDescriptors(&actions)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        // The calling thread is a pool thread that blocks most signals; the daemon (and the app it runs) must
        // not inherit that mask, nor any disposition a test set on this process: reset both.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw SpawnFailed(command: executable, reason: String(cString: strerror(spawned)))
        }
        let deadline = ContinuousClock.now + timeout
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if ContinuousClock.now > deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                throw TimedOut(command: ([executable] + arguments).joined(separator: " "))
            }
            try await Task.sleep(for: .milliseconds(10))
        }
        // Exited normally: the status is in bits 8–15; killed: report 128 + the signal, as a shell would.
        let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let error = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return Result(status: code, output: "", error: error)
    }

    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32

    /// Adds "close every descriptor from 3 up" to `actions`: glibc's `addclosefrom_np` (not imported into Swift,
    /// so looked up at run time), or else one close per descriptor open now.
    private static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
        if let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") {
            let addCloseFrom = unsafeBitCast(symbol, to: AddCloseFrom.self)
            if addCloseFrom(&actions, 3) == 0 { return }
        }
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for fd in open.compactMap(Int32.init) where fd > 2 {
            posix_spawn_file_actions_addclose(&actions, fd)
        }
    }

    struct SpawnFailed: Error, CustomStringConvertible {
        let command: String
        let reason: String
        var description: String { "Could not start \(command): \(reason)" }
    }
}
