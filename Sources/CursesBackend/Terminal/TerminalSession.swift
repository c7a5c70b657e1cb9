import CNcursesw
import TerminalKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Owns the terminal while the app runs: ncurses setup, drawing grids, keys, size, suspend and restore.
/// Main actor only. Nothing else may write to stdout/stderr while it is active.
@MainActor
public final class TerminalSession {
    /// Settings chosen by the runtime.
    public struct Options: Hashable, Sendable {
        /// `--no-color`: attributes only. A non-empty `NO_COLOR` has the same effect.
        public var noColor: Bool
        /// How long a lone Esc waits for the rest of an escape sequence.
        public var escapeDelayMilliseconds: Int

        public init(noColor: Bool = false, escapeDelayMilliseconds: Int = 150) {
            self.noColor = noColor
            self.escapeDelayMilliseconds = escapeDelayMilliseconds
        }
    }

    /// Where the session is in its life.
    public enum State: Hashable, Sendable { case idle, active, suspended, ended }

    public let options: Options
    public internal(set) var state: State = .idle
    /// The current terminal size (updated by `refreshSize()` / `resize(to:)`).
    public internal(set) var size = TerminalSize(width: 0, height: 0)
    /// The colour mode chosen at `start()`.
    public private(set) var colorMode: ColorMode = .none
    public private(set) var palette = StylePalette(mode: .none)
    /// What the locale lets the terminal show, decided at `start()` (UTF-8 until then).
    public internal(set) var charset = Charset.Detection.utf8
    /// Whether the terminal has an alternate screen (`smcup`); without one `end()` clears the screen.
    public internal(set) var hasAlternateScreen = true

    var screen: OpaquePointer?
    var window: UnsafeMutablePointer<WINDOW>?
    /// The last grid presented, redrawn by `forceRedraw()` and after a resume.
    var lastGrid: Grid?
    /// The next `present` repaints every cell (after start, a resize, a forced redraw).
    var needsFullRepaint = true
    /// Columns × rows the last `present` covered.
    var presentedArea = TerminalSize(width: 0, height: 0)
    /// Scratch space for one cell's wide characters plus the terminating NUL.
    nonisolated(unsafe) let wideBuffer = UnsafeMutablePointer<wchar_t>.allocate(capacity: CellText.maxScalars + 1)
    private var cachedAttributeTable: [attr_t]?

    /// ncurses attributes for each `CellAttributes` value, built once curses is up.
    func attributeTable() -> [attr_t] {
        if let cachedAttributeTable { return cachedAttributeTable }
        let table = Self.makeAttributeTable()
        cachedAttributeTable = table
        return table
    }

    public init(options: Options = Options()) {
        self.options = options
    }

    deinit {
        wideBuffer.deallocate()
    }

    public var isActive: Bool { state == .active }

    /// Takes over the terminal. Checks first that stdin and stdout are terminals and TERM is usable, and uses
    /// `newterm` so an unknown terminal is an error here instead of ncurses ending the process.
    /// - Throws: `TerminalSessionError` with a sentence saying what to do.
    public func start() throws(TerminalSessionError) {
        guard state == .idle else { throw .alreadyStarted }
        guard isatty(STDIN_FILENO) == 1 else { throw .notATerminal(fileDescriptor: STDIN_FILENO) }
        guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal(fileDescriptor: STDOUT_FILENO) }
        let term = Self.environment("TERM") ?? ""
        if term.isEmpty { throw .terminalTypeUnset }
        if term == "dumb" { throw .dumbTerminal }

        CrashGuard.install()
        setlocale(LC_ALL, "")
        // ncurses installs its own SIGTSTP handler when SIGTSTP is at its default, and swaps it in and out on
        // endwin/doupdate, clobbering CursesTerminal's Dispatch source at random (measured: Ctrl-Z lost in about
        // half the runs). Ignored before newterm, ncurses leaves SIGTSTP alone for good.
        sg_ignore_signal(SIGTSTP)
        guard let screen = newterm(nil, sg_stdout_file(), sg_stdin_file()) else { throw .unknownTerminal(term) }
        self.screen = screen
        _ = set_term(screen)
        guard let window = sg_stdscr() else {
            _ = endwin()
            throw .unknownTerminal(term)
        }
        self.window = window
        detectCapabilities()
        configureInput(window)
        _ = curs_set(0)
        _ = leaveok(window, true)
        setUpColors()
        state = .active
        CrashGuard.setTerminalActive(true)
        size = TerminalSize(width: Int(sg_cols()), height: Int(sg_lines()))
    }

    private func configureInput(_ window: UnsafeMutablePointer<WINDOW>) {
        _ = cbreak()  // not raw(): Ctrl-C and Ctrl-Z stay signals
        _ = noecho()
        _ = nonl()
        _ = intrflush(window, false)
        _ = keypad(window, true)
        _ = nodelay(window, true)
        sg_set_escdelay(Int32(clamping: options.escapeDelayMilliseconds))
        _ = mousemask(0, nil)
    }

    private func setUpColors() {
        let disabled = ColorMode.isDisabled(noColor: options.noColor, noColorEnvironment: Self.environment("NO_COLOR"))
        var mode = ColorMode.none
        var defaultsWork = false
        if !disabled, has_colors() {
            _ = start_color()
            defaultsWork = use_default_colors() == OK
            mode = ColorMode.detect(
                hasColors: true, colorCount: Int(sg_colors()), noColor: false, noColorEnvironment: nil)
        }
        colorMode = mode
        palette = StylePalette(mode: mode)
        for pair in palette.pairDefinitions {
            let fg = pair.foreground == -1 && !defaultsWork ? Int16(COLOR_WHITE) : pair.foreground
            let bg = pair.background == -1 && !defaultsWork ? Int16(COLOR_BLACK) : pair.background
            _ = init_pair(pair.pair, fg, bg)
        }
    }

    /// Gives the terminal back exactly as it was: `endwin` plus the termios saved at start. Idempotent.
    public func end() {
        switch state {
        case .idle, .ended:
            return
        case .active:
            _ = endwin()
            clearIfNoAlternateScreen()
        case .suspended:
            break
        }
        state = .ended
        CrashGuard.setTerminalActive(false)
        CrashGuard.restoreSavedTermios()
    }

    /// Reads all pending keys without waiting (nodelay). KEY_RESIZE and mouse events are dropped.
    public func readKeys() -> [Key] { drainInput().keys }

    /// Pending keys plus how many raw inputs were consumed (to tell "nothing there" from "only ignored keys").
    func drainInput(limit: Int = 4096) -> (keys: [Key], consumed: Int) {
        guard state == .active, let window else { return ([], 0) }
        var keys: [Key] = []
        var consumed = 0
        var code: wint_t = 0
        while consumed < limit {
            let status = wget_wch(window, &code)
            if status == ERR { break }
            consumed += 1
            let raw: RawKey = status == KEY_CODE_YES ? .keyCode(Int32(bitPattern: code)) : .character(UInt32(code))
            if let key = KeyDecoder.decode(raw) { keys.append(key) }
        }
        return (keys, consumed)
    }

    /// Copies OSC 52 "set clipboard" bytes for `text` to the terminal (tmux-wrapped when `$TMUX` is set).
    /// Call it between frames, never from inside drawing.
    public func writeOSC52(_ text: String) {
        let inTmux = !(Self.environment("TMUX") ?? "").isEmpty
        Self.writeAll(OSC52.sequence(for: text, tmux: inTmux))
    }

    static func writeAll(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 { offset += written } else if written < 0, errno == EINTR { continue } else { break }
            }
        }
    }

    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }
}
