import CNcursesw
import Dispatch
import TerminalKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The app's only loop: Dispatch sources on the main queue for stdin, signals and timers.
/// Everything it calls runs on the main actor. Set the handlers, call `start()` (or just `run()`).
///
/// - Keys (and `.resize(width:height:)` after SIGWINCH or a resume at a new size) go to `onKey`, in order,
///   all pending keys per wake-up.
/// - EOF on stdin (the SSH link dropped) calls `onHangUp`, default: `terminate(exitCode: 0)`.
/// - SIGINT / SIGTERM / SIGHUP call `onTerminationSignal(signo)`, default: `terminate(exitCode: 128 + signo)`.
/// - SIGTSTP suspends (the terminal is given back and the process stops); SIGCONT takes the terminal back
///   and repaints the last grid (plus a `.resize` key if the size changed meanwhile).
/// - `setNeedsRender()` coalesces any number of requests into one `render` call on the next turn.
@MainActor
public final class EventLoop {
    /// Identifies a timer for `cancel(_:)`.
    public struct TimerToken: Hashable, Sendable {
        let id: UInt64
    }

    public let session: TerminalSession
    /// Receives every key and resize, in order.
    public var onKey: ((Key) -> Void)?
    /// Stdin reached EOF (hang-up). Default: `terminate(exitCode: 0)`.
    public var onHangUp: (() -> Void)?
    /// SIGINT, SIGTERM or SIGHUP arrived. Default: `terminate(exitCode: 128 + signo)`.
    public var onTerminationSignal: ((Int32) -> Void)?
    /// Draws the current state; called once per turn at most, after `setNeedsRender()`.
    public var render: (() -> Void)?

    var sources: [any DispatchSourceProtocol] = []
    var timers: [UInt64: any DispatchSourceTimer] = [:]
    var nextTimerIDCounter: UInt64 = 0
    private var posted: [() -> Void] = []
    private var renderPending = false
    private var started = false

    public init(session: TerminalSession) {
        self.session = session
    }

    /// Installs the stdin and signal sources. Idempotent; `run()` calls it.
    public func start() {
        guard !started else { return }
        started = true
        installInputSource()
        installSignalSources()
    }

    /// Starts the loop and never returns (`dispatchMain`). Leave through `terminate(exitCode:)`.
    public func run() -> Never {
        start()
        dispatchMain()
    }

    /// Ends the session (restoring the terminal), stops all sources and exits the process.
    public func terminate(exitCode: Int32) -> Never {
        for source in sources { source.cancel() }
        for timer in timers.values { timer.cancel() }
        session.end()
        exit(exitCode)
    }

    /// Runs `work` on a later turn of the main queue, after the current event is handled.
    public func post(_ work: @escaping () -> Void) {
        posted.append(work)
        guard posted.count == 1 else { return }
        DispatchQueue.main.async { [self] in
            MainActor.assumeIsolated {
                self.runPosted()
            }
        }
    }

    /// Asks for one `render` call on the next turn; many requests in one turn draw once.
    public func setNeedsRender() {
        guard !renderPending else { return }
        renderPending = true
        post { [weak self] in
            guard let self else { return }
            self.renderPending = false
            self.render?()
        }
    }

    private func runPosted() {
        let batch = posted
        posted = []
        for work in batch { work() }
    }

    func deliver(_ keys: [Key]) {
        for key in keys { onKey?(key) }
    }
}
