/// What happens at the terminal, as a backend reports it to the runtime.
public enum TerminalEvent: Hashable, Sendable {
    /// Decoded key presses in order; `Key.resize` reports a new size (after SIGWINCH or a resume).
    case keys([Key])
    /// Standard input reached its end: the terminal (the SSH link) is gone.
    case hangUp
    /// SIGINT, SIGTERM or SIGHUP arrived.
    case signal(Int32)
    /// Ctrl-Z (SIGTSTP) arrived: the runtime decides whether to `suspend()` (see `canSuspend`).
    case suspendRequest
}

/// The seam between the app and the terminal: draw a grid, report keys and size, suspend and give the terminal
/// back. `CursesBackend.CursesTerminal` is the real one; `MemoryTerminal` records frames for tests.
///
/// CONTRACT. Main actor only. `start` takes over the terminal and reports every event through `events`, in order,
/// on the main actor; `present` draws a whole grid (an implementation may send only what changed); `end` gives
/// the terminal back exactly as it was and is idempotent; after `end` no event is reported.
@MainActor
public protocol TerminalBackend: AnyObject {
    /// The size in columns and rows (0×0 before `start`).
    var size: TerminalSize { get }
    /// What the locale lets the terminal show, known after `start`; in ASCII mode the runtime folds every grid
    /// (`Grid.folded(to:)`) and shows the notice once.
    var charset: Charset.Detection { get }
    /// False when stopping the process would leave nobody to resume it: it leads its own session (no
    /// job-control shell, e.g. `ssh -t host sgaccess`). The runtime then declines Ctrl-Z instead of suspending.
    var canSuspend: Bool { get }
    /// Takes over the terminal. Throws an error whose description is a sentence saying what to do.
    func start(events: @escaping @MainActor (TerminalEvent) -> Void) throws
    func present(_ grid: Grid)
    /// Repaints everything from scratch (Ctrl-L): the only full clear.
    func redrawAll()
    /// Gives the terminal back and stops the process until it is continued (Ctrl-Z).
    func suspend()
    /// Puts `text` on the clipboard of the terminal's user (OSC 52), between frames.
    func copyToClipboard(_ text: String)
    func end()
}
