import Foundation

/// One detached tmux session on its own tmux server (a socket in its own temporary folder), running a shell command
/// in a pane of a given size. Tests read the screen with `capture-pane`, type with `send-keys` and resize the window.
/// `close()` kills the server and removes the folder; call it on every path (see `TUIApp.run`).
final class TmuxHarness: Sendable {
    let folder: URL
    let socket: String
    let session: String
    let tmux: String

    private static let counter = Counter()

    /// Starts `command` (run by the shell) in a new detached `width`×`height` session.
    static func start(command: String, width: Int, height: Int) async throws -> TmuxHarness {
        let tmux = try locate("tmux")
        let unique = "sgaccess-e2e-\(getpid())-\(counter.next())"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(unique)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let harness = TmuxHarness(tmux: tmux, folder: folder, session: unique)
        // This call starts the tmux server, which must not inherit our descriptors (see `spawnClean`).
        let arguments = ["-S", harness.socket, "-f", "/dev/null", "new-session", "-d", "-s", unique,
                         "-x", "\(width)", "-y", "\(height)", command]
        let result = try await TUIProcess.spawnClean(tmux, arguments, environment: TUIProcess.cleanEnvironment)
        guard result.status == 0 else {
            await harness.close()
            throw HarnessError("tmux new-session failed (\(result.status)): \(result.error)")
        }
        return harness
    }

    private init(tmux: String, folder: URL, session: String) {
        self.tmux = tmux
        self.folder = folder
        self.socket = folder.appendingPathComponent("socket").path
        self.session = session
    }

    /// The visible pane as text, one line per row.
    func capture() async throws -> String {
        try await check(["capture-pane", "-p", "-t", session]).output
    }

    /// Named keys (`Enter`, `Escape`, `Tab`, `BSpace`) or single characters, sent in order.
    func send(_ keys: String...) async throws {
        try await check(["send-keys", "-t", session] + keys)
    }

    /// Text typed literally, character by character.
    func type(_ text: String) async throws {
        try await check(["send-keys", "-t", session, "-l", text])
    }

    /// Resizes the window (and so the pane): the program in it gets SIGWINCH.
    func resize(width: Int, height: Int) async throws {
        try await check(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The pid of the pane's shell.
    func panePID() async throws -> Int32 {
        let text = try await check(["list-panes", "-t", session, "-F", "#{pane_pid}"]).output
        guard let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw HarnessError("tmux gave no pane pid: \(text)")
        }
        return pid
    }

    /// The pane's terminal device, e.g. `/dev/pts/7`.
    func paneTTY() async throws -> String {
        try await check(["display-message", "-p", "-t", session, "#{pane_tty}"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// True while the pane's program has the alternate screen on (`\e[?1049h` without the matching `l`).
    func alternateScreenOn() async throws -> Bool {
        try await check(["display-message", "-p", "-t", session, "#{alternate_on}"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Kills the session's tmux server (and so everything running in it) and removes its socket. Safe to call
    /// more than once.
    func close() async {
        _ = try? await TUIProcess.run(tmux, ["-S", socket, "kill-server"], environment: TUIProcess.cleanEnvironment)
        try? FileManager.default.removeItem(at: folder)
    }

    @discardableResult
    private func check(_ arguments: [String]) async throws -> TUIProcess.Result {
        let result = try await TUIProcess.run(tmux, ["-S", socket] + arguments, environment: TUIProcess.cleanEnvironment)
        guard result.status == 0 else {
            throw HarnessError("tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.error)")
        }
        return result
    }

    /// The full path of a program on PATH (or in the usual folders).
    static func locate(_ program: String) throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/bin", "/usr/local/bin"]
        for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + program) {
            return folder + "/" + program
        }
        throw HarnessError("\(program) is not installed; the terminal-app end-to-end tests need it.")
    }

    struct HarnessError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func next() -> Int { lock.withLock { value += 1; return value } }
    }
}
