import CNcursesw
import Dispatch
import TerminalKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real `TerminalBackend`: a `TerminalSession` (ncurses) plus Dispatch sources on the main queue for stdin
/// and signals. Everything runs on the main actor.
///
/// - Keys (and `.resize` after SIGWINCH or a resume at a new size) arrive as `.keys`, all pending keys per read.
/// - EOF on stdin (the SSH link dropped) is `.hangUp`; SIGINT / SIGTERM / SIGHUP are `.signal(signo)`.
/// - SIGTSTP (Ctrl-Z) is `.suspendRequest`: the runtime calls `suspend()` unless `canSuspend` is false; SIGCONT
///   takes the terminal back and repaints the last grid.
@MainActor
public final class CursesTerminal: TerminalBackend {
    public let session: TerminalSession
    var sources: [any DispatchSourceProtocol] = []
    var events: (@MainActor (TerminalEvent) -> Void)?

    public init(options: TerminalSession.Options = TerminalSession.Options()) {
        session = TerminalSession(options: options)
    }

    public var size: TerminalSize { session.size }
    public var charset: Charset.Detection { session.charset }
    /// False when the process leads its session (`getsid(0) == getpid()`): no job-control shell started it, so
    /// nothing would ever continue it after a stop (`ssh -t host sgaccess`, `setsid sgaccess`).
    public var canSuspend: Bool { getsid(0) != getpid() }

    /// - Throws: `TerminalSessionError` (not a TTY, TERM unset or dumb, unknown terminal) before anything is drawn.
    public func start(events: @escaping @MainActor (TerminalEvent) -> Void) throws {
        try session.start()
        self.events = events
        installInputSource()
        installSignalSources()
    }

    public func present(_ grid: Grid) { session.present(grid) }
    public func redrawAll() { session.forceRedraw() }
    /// Gives the terminal back and stops the process; SIGCONT's source takes it back (`handleContinue`).
    public func suspend() { session.suspend() }
    public func copyToClipboard(_ text: String) { session.writeOSC52(text) }

    public func end() {
        for source in sources { source.cancel() }
        sources.removeAll()
        events = nil
        session.end()
    }

    func deliver(_ event: TerminalEvent) {
        if case .keys(let keys) = event, keys.isEmpty { return }
        events?(event)
    }
}
