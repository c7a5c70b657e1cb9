import AccessCore
import CursesBackend
import Logging
import SendGridAPI
import TerminalUI

/// The thin shell around the pure app: feeds keys, signals, the clock and API answers to `reduce` as actions,
/// performs the effects it returns, and presents the rendered grid only when it changed.
/// Everything here runs on the main actor; HTTP runs in tasks off it and hands `Sendable` results back.
@MainActor
public final class AppRuntime {
    let service: any AccessSettingsService
    let options: RuntimeOptions
    let logger: Logger
    let session: TerminalSession
    let loop: EventLoop
    var state: AppState
    var schedule: PollSchedule
    var pollTimer: EventLoop.TimerToken?
    var nextPollDelay: Int?
    var paused = false
    var inFlight: Set<Fetch> = []
    var refetch: Set<Fetch> = []
    var lastPresented: Grid?
    /// Requests to SendGrid not yet answered (polls, re-checks, changes), for "waiting for SendGrid… 6s".
    var outstanding = 0

    enum Fetch: Hashable { case rules, activity }

    public init(service: any AccessSettingsService, options: RuntimeOptions, logger: Logger) {
        self.service = service
        self.options = options
        self.logger = logger
        self.session = TerminalSession(options: .init(noColor: options.noColor))
        self.loop = EventLoop(session: session)
        self.state = AppState(config: options.app, now: options.clock())
        self.schedule = PollSchedule(interval: options.pollInterval)
    }

    /// The running app; kept here because the loop's callbacks hold it only weakly or unowned.
    static var current: AppRuntime?

    /// Creates the app, takes over the terminal and starts polling; returns once running. The process then ends
    /// through `q`, a signal or EOF on stdin, always restoring the terminal.
    /// - Throws: `LaunchError` with a sentence for the operator (not a TTY, TERM unset or dumb, …).
    public static func launch(service: any AccessSettingsService, options: RuntimeOptions, logger: Logger) throws(LaunchError) {
        let runtime = AppRuntime(service: service, options: options, logger: logger)
        do {
            try runtime.start()
        } catch {
            throw LaunchError(message: error.description)
        }
        current = runtime
    }

    /// Why the terminal app could not start, as a sentence saying what to do.
    public struct LaunchError: Error, Sendable {
        public let message: String
    }

    /// Takes over the terminal and starts the loop. Returns once running; the process ends through `quit`,
    /// a signal or EOF on stdin, always restoring the terminal.
    /// - Throws: `TerminalSessionError` (not a TTY, TERM unset or dumb, unknown terminal) before anything is drawn.
    public func start() throws(TerminalSessionError) {
        try session.start()
        loop.onKey = { [unowned self] key in dispatch(.key(key)) }
        loop.onHangUp = { [unowned self] in shutDown(code: 0, reason: "end of input (SSH link closed?)") }
        loop.onTerminationSignal = { [unowned self] signo in shutDown(code: 128 + signo, reason: "signal \(signo)") }
        loop.render = { [unowned self] in present() }
        loop.start()
        dispatch(.resize(width: session.size.width, height: session.size.height))
        dispatch(.tick(now: options.clock()))
        _ = loop.every(.seconds(1)) { [unowned self] in tick() }
        poll()
        logger.info("terminal app started", metadata: ["size": "\(session.size)"])
    }

    /// Applies one action and performs its effects; asks for a render.
    func dispatch(_ action: Action) {
        let effects = reduce(&state, action)
        for effect in effects { perform(effect) }
        loop.setNeedsRender()
    }

    /// Advances the clock; renders only when the screen can show it (see `AppState.tickChangesScreen`).
    func tick() {
        let now = options.clock()
        let visible = state.tickChangesScreen(now)
        for effect in reduce(&state, .tick(now: now)) { perform(effect) }
        if visible { loop.setNeedsRender() }
    }

    /// Renders the state; hands the grid to ncurses only when it differs from the last one presented.
    func present() {
        let grid = render(state, width: session.size.width, height: session.size.height)
        guard grid != lastPresented else { return }
        lastPresented = grid
        session.present(grid)
    }

    /// Counts a request; the first one outstanding tells the state since when it waits.
    func requestStarted() {
        outstanding += 1
        if outstanding == 1 { dispatch(.waiting(since: options.clock())) }
    }

    func requestFinished() {
        outstanding = max(0, outstanding - 1)
        if outstanding == 0 { dispatch(.waiting(since: nil)) }
    }

    func shutDown(code: Int32, reason: String) -> Never {
        logger.info("exiting", metadata: ["reason": "\(reason)", "code": "\(code)"])
        _ = reduce(&state, .terminate)
        loop.terminate(exitCode: code)
    }
}
