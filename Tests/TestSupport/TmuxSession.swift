import Foundation

/// One detached tmux session on a tmux server of its own: the socket lives in a per-session scratch folder
/// (`/tmp/sgaccess-tmux-…/socket`), so a test never touches another tmux server. Tests read the screen with
/// `capture`, type with `send`/`type`, resize the window and probe the pane (pid, tty, alternate screen).
///
/// `close()` kills the server (and so everything running in it) and removes the folder; call it on every path, or
/// use `TmuxSession.with`. Every tmux call is a `ChildProcess`: nothing here blocks a thread.
public final class TmuxSession: Sendable {
    /// The session's scratch folder; the pane's programs may write their files here too.
    public let folder: ScratchFolder
    /// The socket of the session's tmux server.
    public let socket: String
    /// The session name: the target of `tmux(["send-keys", "-t", target, …])`.
    public let target = "sgaccess"
    private let executable: String

    /// Starts `command` (run by `sh -c`; nil starts an interactive `sh`) in a new detached `width`×`height` session.
    /// The server gets the test's clean environment (`TestEnvironment.clean`) with `LANG=C.UTF-8`.
    public static func start(command: String? = nil, width: Int = 100, height: Int = 30) async throws -> TmuxSession {
        let session = try TmuxSession(executable: try TestEnvironment.locate("tmux"))
        var arguments = [
            "new-session", "-d", "-s", session.target, "-x", "\(width)", "-y", "\(height)", "-e", "LANG=C.UTF-8",
        ]
        arguments.append(command ?? "sh")
        do {
            try await session.tmux(arguments)
        } catch {
            await session.close()
            throw error
        }
        return session
    }

    /// Runs `body` with a new session and closes it afterwards, whatever `body` does.
    public static func with<T>(
        command: String? = nil, width: Int = 100, height: Int = 30,
        _ body: (TmuxSession) async throws -> T
    ) async throws -> T {
        let session = try await start(command: command, width: width, height: height)
        do {
            let result = try await body(session)
            await session.close()
            return result
        } catch {
            await session.close()
            throw error
        }
    }

    private init(executable: String) throws {
        self.executable = executable
        folder = try ScratchFolder("tmux")
        socket = folder.file("socket")
    }

    /// Runs one tmux command against this session's server and returns its standard output.
    /// - Throws: `HarnessError` when tmux fails.
    @discardableResult
    public func tmux(_ arguments: [String]) async throws -> String {
        var environment = TestEnvironment.clean
        environment["LANG"] = "C.UTF-8"
        let result = try await ProcessResult.run(
            executable, ["-u", "-S", socket, "-f", "/dev/null"] + arguments,
            environment: environment)
        guard result.status == 0 else {
            throw HarnessError(
                "tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.err)\(result.out)")
        }
        return result.out
    }

    /// The visible pane as text, one line per row (as `capture-pane -p` prints it).
    public func capture() async throws -> String {
        try await tmux(["capture-pane", "-p", "-t", target])
    }

    /// The visible pane split into rows; the last element is the empty text after the final newline.
    public func lines() async throws -> [String] {
        try await capture().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Named keys (`Enter`, `Escape`, `Tab`, `BSpace`, `C-z`) or single characters, sent in order.
    public func send(_ keys: String...) async throws {
        try await tmux(["send-keys", "-t", target] + keys)
    }

    /// Text typed literally, character by character.
    public func type(_ text: String) async throws {
        try await tmux(["send-keys", "-t", target, "-l", text])
    }

    /// Text typed literally, then Enter (a shell command line).
    public func typeLine(_ text: String) async throws {
        try await type(text)
        try await send("Enter")
    }

    /// Resizes the window (and so the pane): the program in it gets SIGWINCH.
    public func resize(width: Int, height: Int) async throws {
        try await tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The pid of the pane's first program (its shell).
    public func panePID() async throws -> Int32 {
        let text = try await tmux(["list-panes", "-t", target, "-F", "#{pane_pid}"])
        guard let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw HarnessError("tmux gave no pane pid: \(text)")
        }
        return pid
    }

    /// The pane's terminal device, e.g. `/dev/pts/7`.
    public func paneTTY() async throws -> String {
        try await tmux(["display-message", "-p", "-t", target, "#{pane_tty}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
    }

    /// True while the pane's program has the alternate screen on (`\e[?1049h` without the matching `l`).
    public func alternateScreenOn() async throws -> Bool {
        try await tmux(["display-message", "-p", "-t", target, "#{alternate_on}"])
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Kills the session's tmux server and removes its folder. Safe to call more than once.
    public func close() async {
        _ = try? await tmux(["kill-server"])
        folder.remove()
    }
}
