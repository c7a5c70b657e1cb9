import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// `posix_spawn` as the tests need it: standard input, output and error from files, every other descriptor closed,
/// no blocked signals and default dispositions in the child.
///
/// Why not Foundation's `Process`: a child inherits the signal mask of the spawning thread, and test threads block
/// most signals, so a tmux server (and every program in its panes) would never see SIGTERM, SIGCHLD or SIGTSTP. And
/// `Process` on Linux learns that a child ended when a socket the child inherited closes: a daemon forked from the
/// child (the tmux server) keeps it open for ever, so such a `Process` never ends — nor does any other `Process`
/// started meanwhile.
enum PosixSpawn {
    /// Starts `executable` and returns its pid at once; it is not waited for.
    static func start(
        _ executable: String, _ arguments: [String], environment: [String: String],
        standardInput: String, standardOutput: String, standardError: String
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, standardInput, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if standardError == standardOutput {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, standardError, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        }
        closeInheritedDescriptors(&actions)

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

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw SpawnFailed(command: executable, reason: String(cString: strerror(spawned)))
        }
        return pid
    }

    /// Reaps `pid` if it has ended, without blocking: its exit status (128 + N when killed by signal N, as a shell
    /// reports it), or nil while it runs.
    static func reapIfEnded(_ pid: pid_t) -> Int32? {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result == 0 { return nil }
            if errno == EINTR { continue }
            return -1  // not our child any more (ECHILD): cannot happen while this type owns the pid
        }
        return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32

    /// Adds "close every descriptor from 3 up" to `actions`: glibc's `addclosefrom_np` (not imported into Swift, so
    /// looked up at run time), or else one close per descriptor open now.
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
}

/// `posix_spawn` failed (no such program, not executable, …).
public struct SpawnFailed: Error, CustomStringConvertible {
    public let command: String
    public let reason: String
    public var description: String { "Could not start \(command): \(reason)" }
}
