import CNcursesw

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts the terminal back when the process dies without `TerminalSession.end()`: a Swift trap (SIGILL /
/// SIGTRAP), SIGSEGV, SIGABRT, SIGBUS, SIGFPE, any other signal whose default action ends the process (SIGQUIT,
/// SIGUSR1/2, SIGALRM, SIGPROF, SIGXFSZ, the real-time signals, …), or `exit()` from anywhere. The handlers are
/// async-signal-safe: they write the reset bytes, restore the termios saved at install time, reinstall the
/// previous handler (e.g. Swift's backtracer, or the default action) and re-raise, so the process still ends the
/// way it would have (a crash report, a core, the same exit status), on a sane screen.
///
/// SIGPIPE is ignored from `install()` on: a log FIFO whose reader left is a write error, not the end of the app.
/// SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT and SIGWINCH belong to the event loop and are left alone.
public enum CrashGuard {
    /// The crash signals: they always get a restoring handler, in front of any handler already there.
    public static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGABRT, SIGBUS, SIGFPE]

    /// Signals that always get a restoring handler and then their default action, whatever was installed
    /// before: Swift's backtracer takes SIGQUIT too, and on a terminal it then waits for keys instead of
    /// quitting. Ctrl-\ must end the app.
    public static let defaultActionSignals: [Int32] = [SIGQUIT]

    /// Signals whose default action ends the process and that nobody else handles here; they get a restoring
    /// handler only while their disposition is still the default (an inherited "ignore" stays).
    public static var terminatingSignals: [Int32] {
        var signals: [Int32] = [SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ, SIGSYS]
        #if os(Linux)
        signals += [SIGSTKFLT, SIGPWR, SIGIO]
        signals += Array(sg_sigrtmin()...sg_sigrtmax())
        #endif
        return signals
    }

    // Read from signal handlers, so plain storage written before the handlers can run.
    nonisolated(unsafe) private static var installed = false
    nonisolated(unsafe) private static var hasSavedTermios = false
    nonisolated(unsafe) private static var terminalActive = false
    nonisolated(unsafe) private static let savedTermios = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    nonisolated(unsafe) private static let previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: slots)
    /// Room for every signal number (real-time signals end at 64 on Linux).
    private static let slots = 65

    /// Saves the terminal settings of stdin, ignores SIGPIPE, and installs the restoring handlers and an
    /// `atexit` restore. Idempotent; call it once before curses starts (`TerminalSession.start()` calls it too).
    @MainActor public static func install() {
        guard !installed else { return }
        if isatty(STDIN_FILENO) == 1, tcgetattr(STDIN_FILENO, savedTermios) == 0 {
            hasSavedTermios = true
        }
        sg_ignore_signal(SIGPIPE)
        for signo in crashSignals where signo < slots {
            _ = sg_install_signal_handler(signo, crashHandler, previousActions + Int(signo))
        }
        for signo in defaultActionSignals where signo < slots {
            _ = sg_install_signal_handler(signo, defaultActionHandler, previousActions + Int(signo))
        }
        for signo in terminatingSignals where signo > 0 && signo < slots {
            _ = sg_install_signal_handler_if_default(signo, crashHandler, previousActions + Int(signo))
        }
        atexit { CrashGuard.restoreTerminalIfActive() }
        installed = true
    }

    /// Whether `install()` has run.
    @MainActor public static var isInstalled: Bool { installed }

    /// Tells the guard whether curses currently owns the terminal (set by `TerminalSession`).
    @MainActor static func setTerminalActive(_ active: Bool) { terminalActive = active }

    /// Restores the termios saved by `install()` (used by `TerminalSession.end()` after `endwin`).
    @MainActor static func restoreSavedTermios() {
        guard hasSavedTermios else { return }
        _ = tcsetattr(STDIN_FILENO, TCSADRAIN, savedTermios)
    }

    /// Async-signal-safe: if curses owns the terminal, writes the reset bytes and restores the saved termios.
    static func restoreTerminalIfActive() {
        guard terminalActive else { return }
        terminalActive = false
        sg_write_terminal_reset(STDOUT_FILENO)
        if hasSavedTermios { _ = tcsetattr(STDIN_FILENO, TCSANOW, savedTermios) }
    }

    /// Restores the terminal, puts back the action that was there before `install()` and raises the signal
    /// again: it is delivered with that action as soon as this handler returns (the signal is blocked meanwhile).
    private static let crashHandler: @convention(c) (Int32) -> Void = { signo in
        CrashGuard.restoreTerminalIfActive()
        if signo > 0, signo < 65 {
            _ = sg_restore_signal_handler(signo, CrashGuard.previousActions + Int(signo))
        }
        raise(signo)
    }

    /// Restores the terminal, sets the default action and raises the signal again.
    private static let defaultActionHandler: @convention(c) (Int32) -> Void = { signo in
        CrashGuard.restoreTerminalIfActive()
        sg_default_signal(signo)
        raise(signo)
    }
}
