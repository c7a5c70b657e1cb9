/// A `TerminalBackend` in memory: keeps every presented grid, and lets a test type keys, resize, hang up or
/// send a signal. Nothing touches a real terminal.
@MainActor
public final class MemoryTerminal: TerminalBackend {
    public private(set) var size: TerminalSize
    /// Every grid presented, in order.
    public private(set) var frames: [Grid] = []
    public private(set) var copied: [String] = []
    public private(set) var suspensions = 0
    public private(set) var fullRedraws = 0
    public private(set) var isStarted = false
    public private(set) var isEnded = false
    /// Set to make `start` fail with this sentence.
    public var startFailure: String?
    /// What the terminal reports about the locale (UTF-8 unless a test says otherwise).
    public var charset: Charset.Detection = .utf8
    /// Whether the runtime may suspend (false plays a session leader).
    public var canSuspend = true
    private var events: (@MainActor (TerminalEvent) -> Void)?

    public init(width: Int = 120, height: Int = 40) {
        size = TerminalSize(width: width, height: height)
    }

    /// The last grid presented.
    public var screen: Grid? { frames.last }
    /// The last grid's text, one string per row.
    public var lines: [String] { screen?.lines ?? [] }
    /// The last grid's text as one string.
    public var text: String { lines.joined(separator: "\n") }

    public struct StartFailure: Error, CustomStringConvertible {
        public let description: String
    }

    public func start(events: @escaping @MainActor (TerminalEvent) -> Void) throws {
        if let startFailure { throw StartFailure(description: startFailure) }
        self.events = events
        isStarted = true
    }

    public func present(_ grid: Grid) { frames.append(grid) }
    public func redrawAll() { fullRedraws += 1 }
    public func suspend() { suspensions += 1 }
    public func copyToClipboard(_ text: String) { copied.append(text) }

    public func end() {
        isEnded = true
        events = nil
    }

    /// Types keys, as one read of the terminal would deliver them.
    public func press(_ keys: Key...) { events?(.keys(keys)) }

    /// Types `text` one character at a time, in one read.
    public func type(_ text: String) { events?(.keys(text.map { .character($0) })) }

    /// The terminal now has this size (as after SIGWINCH).
    public func resize(width: Int, height: Int) {
        size = TerminalSize(width: width, height: height)
        events?(.keys([.resize(width: width, height: height)]))
    }

    public func hangUp() { events?(.hangUp) }
    public func signal(_ signo: Int32) { events?(.signal(signo)) }
    /// Ctrl-Z reached the terminal as SIGTSTP.
    public func requestSuspend() { events?(.suspendRequest) }
}
