import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension TerminalSession {
    /// Ctrl-Z: gives the terminal back to the shell, stops the process (SIGSTOP), and when the shell continues
    /// it (`fg`, SIGCONT) takes the terminal again and redraws everything.
    /// - Returns: the new size if the terminal was resized while stopped.
    @discardableResult
    public func suspend() -> TerminalSize? {
        guard state == .active else { return nil }
        _ = endwin()
        state = .suspended
        CrashGuard.setTerminalActive(false)
        CrashGuard.restoreSavedTermios()
        // Stop this very thread: a process-directed kill(getpid(), SIGSTOP) may return before the stop lands
        // (another thread takes the signal), and the resume below would put the terminal back in program mode
        // while the process sits stopped, leaving the shell without echo. A thread-directed SIGSTOP stops the
        // caller before the call returns, so this line returns only once continued.
        _ = pthread_kill(pthread_self(), SIGSTOP)
        return resume()
    }

    /// Takes the terminal back after a suspend and repaints. Does nothing unless suspended.
    /// - Returns: the new size if it changed meanwhile.
    @discardableResult
    public func resume() -> TerminalSize? {
        guard state == .suspended, let window else { return nil }
        state = .active
        CrashGuard.setTerminalActive(true)
        resumedFromOwnSuspend = true
        _ = reset_prog_mode()
        _ = keypad(window, true)
        _ = curs_set(0)
        let changed = refreshSize()
        forceRedraw()
        return changed
    }

    /// SIGCONT: after someone else stopped us (`kill -STOP`), the screen may be stale, so repaint. After our own
    /// suspend the resume already repainted; the flag swallows that one SIGCONT.
    /// - Returns: the new size if it changed.
    @discardableResult
    public func handleContinue() -> TerminalSize? {
        if resumedFromOwnSuspend {
            resumedFromOwnSuspend = false
            return nil
        }
        guard state == .active else { return nil }
        let changed = refreshSize()
        forceRedraw()
        return changed
    }
}
