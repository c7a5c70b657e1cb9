import CNcursesw
import TerminalKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension TerminalSession {
    /// Ctrl-Z: gives the terminal back to the shell and stops the process (SIGSTOP). Taking the terminal back
    /// is left to `handleContinue()` on SIGCONT (`CursesTerminal` does this): `kill` can return before the stop
    /// takes hold, so resuming right after it would re-enter curses mode under the shell's feet (measured).
    public func suspend() {
        guard state == .active else { return }
        _ = endwin()
        clearIfNoAlternateScreen()
        state = .suspended
        CrashGuard.setTerminalActive(false)
        CrashGuard.restoreSavedTermios()
        _ = kill(getpid(), SIGSTOP)
    }

    /// SIGCONT: after our own suspend, takes the terminal back and repaints; after someone else stopped us
    /// (`kill -STOP`), the screen may be stale, so it repaints too.
    /// - Returns: the new size if the terminal was resized meanwhile.
    @discardableResult
    public func handleContinue() -> TerminalSize? {
        switch state {
        case .suspended:
            return resume()
        case .active:
            let changed = refreshSize()
            forceRedraw()
            return changed
        case .idle, .ended:
            return nil
        }
    }

    /// Takes the terminal back after a suspend and repaints. Does nothing unless suspended.
    /// - Returns: the new size if it changed meanwhile.
    @discardableResult
    public func resume() -> TerminalSize? {
        guard state == .suspended, let window else { return nil }
        state = .active
        CrashGuard.setTerminalActive(true)
        _ = reset_prog_mode()
        _ = keypad(window, true)
        _ = curs_set(0)
        let changed = refreshSize()
        forceRedraw()
        return changed
    }
}
