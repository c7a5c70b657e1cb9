/// Why the terminal could not be taken over. Each description is a sentence that says what to do next.
public enum TerminalSessionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// stdin (0) or stdout (1) is not a terminal.
    case notATerminal(fileDescriptor: Int32)
    /// TERM is unset or empty.
    case terminalTypeUnset
    /// TERM is `dumb`.
    case dumbTerminal
    /// ncurses has no terminfo entry for TERM (`newterm` failed).
    case unknownTerminal(String)
    /// `start()` was called on a session that is already running.
    case alreadyStarted

    public var description: String {
        switch self {
        case .notATerminal(let fd):
            let stream = fd == 0 ? "standard input" : "standard output"
            return
                "The interactive app needs a terminal, but \(stream) is not one. Run it from a terminal (use `ssh -t` over SSH), or use the CLI subcommands for scripts."
        case .terminalTypeUnset:
            return
                "TERM is not set, so the terminal type is unknown. Set TERM (for example `export TERM=xterm-256color`) and try again."
        case .dumbTerminal:
            return
                "TERM is `dumb`, which cannot draw a full-screen app. Use a real terminal (for example TERM=xterm-256color), or use the CLI subcommands."
        case .unknownTerminal(let term):
            return
                "The terminal type \"\(term)\" has no terminfo entry on this machine. Set TERM to a known type (for example xterm-256color) or install its terminfo."
        case .alreadyStarted:
            return "The terminal session is already running."
        }
    }
}
