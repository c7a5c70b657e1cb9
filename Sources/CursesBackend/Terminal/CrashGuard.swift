import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts the terminal back when the process dies without `TerminalSession.end()`: a Swift trap (SIGILL /
/// SIGTRAP), SIGSEGV, SIGABRT, SIGBUS, or `exit()` from anywhere. The handlers write the reset bytes, restore
/// the termios saved at install time, reinstall the previous handler (e.g. Swift's backtracer) and re-raise,
/// so the crash report still prints, on a sane screen.
public enum CrashGuard {
    /// The signals that get a restoring handler.
    public static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGABRT, SIGBUS]

    // Read from signal handlers, so plain storage written before the handlers can run.
    nonisolated(unsafe) private static var installed = false
    nonisolated(unsafe) private static var hasSavedTermios = false
    nonisolated(unsafe) private static var terminalActive = false
    nonisolated(unsafe) private static let savedTermios = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    nonisolated(unsafe) private static let previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

    /// Saves the terminal settings of stdin and installs the crash handlers and an `atexit` restore.
    /// Idempotent; call it once before curses starts (`TerminalSession.start()` calls it too).
    @MainActor public static func install() {
        guard !installed else { return }
        if isatty(STDIN_FILENO) == 1, tcgetattr(STDIN_FILENO, savedTermios) == 0 {
            hasSavedTermios = true
        }
        for signo in crashSignals {
            _ = sg_install_signal_handler(signo, crashHandler, previousActions + Int(signo))
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

    private static let crashHandler: @convention(c) (Int32) -> Void = { signo in
        CrashGuard.restoreTerminalIfActive()
        if signo > 0, signo < 65 {
            _ = sg_restore_signal_handler(signo, CrashGuard.previousActions + Int(signo))
        }
        raise(signo)
    }
}
