import AccessCore
import AccessLedger
import Logging
import SendGridAPI
import TerminalKit
import TerminalUI

/// The thin shell around the pure app: turns terminal events, the clock, timers and API answers into actions
/// for `reduce`, performs the effects it returns, and presents the rendered grid. It keeps no state of its own
/// beyond the handles it needs: everything the app knows is in `state`.
///
/// Where things go: a key press comes from the `TerminalBackend` (`handle(_:)`), becomes `Action.key`, goes through
/// `reduce`; the effects it returns are performed here (`perform(_:)`): HTTP in tasks off the main actor
/// (`AppRuntime+Requests.swift`, the only place the network is touched), timers on the `Scheduler`; then the
/// state is rendered into a grid and handed to the backend (`present`), the only place ncurses is touched.
@MainActor
public final class AppRuntime {
    /// The account's service; replaced only when a switch is taken (`AppRuntime+Accounts.swift`).
    var service: any AccessSettingsService
    /// The current account's local records: every change is journalled here before it is sent.
    var ledger: any LedgerStore
    /// Opens the accounts the picker offers; nil when the app was given only the one it started with.
    let opener: (any AccountOpener)?
    let options: RuntimeOptions
    let logger: Logger
    let backend: any TerminalBackend
    let scheduler: any Scheduler
    public private(set) var state: AppState
    /// Tasks performing requests, so that tests can wait for them (`settle()`).
    var tasks: [UInt64: Task<Void, Never>] = [:]
    var nextTaskID: UInt64 = 0
    var clockWork: ScheduledWork?
    /// The last write of a dismissal, which the next one waits for (`AppRuntime+Triage.swift`).
    var dismissalWrites: Task<Void, Never>?
    private var exit: CheckedContinuation<Int32, Never>?
    /// The status the run ended with, once it has.
    public private(set) var exitStatus: Int32?

    public init(
        service: any AccessSettingsService, options: RuntimeOptions, logger: Logger,
        backend: any TerminalBackend, scheduler: any Scheduler, opener: (any AccountOpener)? = nil,
        ledger: (any LedgerStore)? = nil
    ) {
        self.service = service
        self.ledger = ledger ?? MemoryLedger(account: LedgerAccount(options.app.target))
        self.opener = opener
        self.options = options
        self.logger = logger
        self.backend = backend
        self.scheduler = scheduler
        self.state = AppState(config: options.app, now: options.clock(), accounts: opener?.choices ?? [])
    }

    /// Why the terminal app could not start, as a sentence saying what to do.
    public struct LaunchError: Error, Sendable {
        public let message: String
    }

    /// Takes over the terminal, starts the clock and the first poll, and returns the exit status once the app
    /// ends (`q`, a signal, end of input); the terminal is restored by then.
    /// - Throws: `LaunchError` before anything is drawn (not a TTY, TERM unset or dumb, …).
    public func run() async throws(LaunchError) -> Int32 {
        try start()
        if let exitStatus { return exitStatus }
        return await withCheckedContinuation { exit = $0 }
    }

    /// `run()` without waiting: for tests that drive the backend and the scheduler by hand.
    public func start() throws(LaunchError) {
        dispatch(.tick(now: options.clock()))
        // The dismissals first: read before the first activity answer, they hide its dismissed rows at once.
        dispatch(.triage(.start))
        // The first requests go out while curses starts and draws "Loading…" (their tasks run off the main actor);
        // their answers reach this actor only after `start` returns.
        dispatch(.pollDue(generation: 0))
        do {
            try backend.start { [weak self] event in self?.handle(event) }
        } catch {
            abandon()
            throw LaunchError(message: String(describing: error))
        }
        let size = backend.size
        dispatch(.resize(width: size.width, height: size.height))
        if let notice = backend.charset.notice { dispatch(.asciiOnly(notice: notice)) }
        clockWork = scheduler.every(.seconds(1)) { [weak self] in self?.tick() }
        present()
        logger.info(
            "terminal app started", metadata: ["size": "\(size)", "charset": "\(backend.charset.charset)"])
    }

    /// One terminal event: every key of a read is reduced, then the screen is drawn once.
    func handle(_ event: TerminalEvent) {
        guard exitStatus == nil else { return }
        var started: ContinuousClock.Instant?
        switch event {
        case .keys(let keys):
            if options.keyLatency != nil { started = .now }
            for key in keys where exitStatus == nil { dispatch(.key(key)) }
        case .hangUp:
            logger.info("terminating", metadata: ["reason": "end of input (SSH link closed?)"])
            dispatch(.terminate(status: 0))
        case .signal(let signo):
            logger.info("terminating", metadata: ["reason": "signal \(signo)"])
            dispatch(.terminate(status: 128 + signo))
        case .suspendRequest:
            requestSuspend()
        }
        present()
        if let started, exitStatus == nil { options.keyLatency?.record(ContinuousClock.now - started) }
    }

    /// An action from outside the terminal (an API answer, a timer, a log failure): reduce it and draw.
    public func deliver(_ action: Action) {
        guard exitStatus == nil else { return }
        dispatch(action)
        present()
    }

    /// The clock: draws only when the reducer says the tick changed the screen.
    func tick() {
        guard exitStatus == nil else { return }
        if dispatch(.tick(now: options.clock())).contains(.render) { present() }
    }

    /// Applies one action and performs its effects; returns them.
    @discardableResult
    func dispatch(_ action: Action) -> [Effect] {
        let effects = reduce(&state, action)
        for effect in effects { perform(effect) }
        return effects
    }

    /// Renders the state and hands the grid to the backend (which sends only what changed), folded to ASCII
    /// when the locale is not UTF-8.
    func present() {
        guard exitStatus == nil else { return }
        backend.present(render(state, width: state.width, height: state.height).folded(to: backend.charset.charset))
    }

    /// Ends the run: timers and requests stop, the terminal is given back, `run()` returns `status`.
    func finish(_ status: Int32) {
        guard exitStatus == nil else { return }
        logger.info("exiting", metadata: ["code": "\(status)"])
        exitStatus = status
        if let clockWork { scheduler.cancel(clockWork) }
        for task in tasks.values { task.cancel() }
        backend.end()
        options.keyLatency?.flush()
        exit?.resume(returning: status)
        exit = nil
    }

    /// A start that failed: the requests already sent are cancelled and nothing they answer is drawn.
    private func abandon() {
        exitStatus = 1
        for task in tasks.values { task.cancel() }
        tasks.removeAll()
    }

    /// Waits until no request task is running (answers may start more; those are waited for too). For tests.
    public func settle() async {
        while let task = tasks.values.first {
            await task.value
        }
    }
}
