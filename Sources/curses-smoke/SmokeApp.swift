import CursesBackend
import TerminalKit

#if canImport(Glibc)
import Glibc
#endif

/// Wires a `CursesTerminal` and a `DispatchScheduler` to `SmokeScreen`, the way the real runtime does.
@MainActor
final class SmokeApp {
    let options: SmokeOptions
    let terminal: CursesTerminal
    let scheduler = DispatchScheduler()
    var screen: SmokeScreen
    var tickToken: ScheduledWork?

    init(options: SmokeOptions, terminal: CursesTerminal) {
        self.options = options
        self.terminal = terminal
        self.screen = SmokeScreen(size: terminal.size, colorMode: terminal.session.colorMode)
    }

    /// Installs the handlers and draws; the main queue then runs everything until `q`, a signal or EOF.
    func start() throws {
        try terminal.start { [unowned self] event in handle(event) }
        screen = SmokeScreen(size: terminal.size, colorMode: terminal.session.colorMode)
        if options.tickMilliseconds != nil { toggleTicking() }
        if let every = options.presentEveryMilliseconds {
            // Re-presents the unchanged screen, like a poll that changed nothing: must write 0 bytes.
            scheduler.every(.milliseconds(every)) { [unowned self] in present() }
        }
        if let seconds = options.crashAfterSeconds {
            let kind = options.crashKind
            scheduler.after(.milliseconds(Int(seconds * 1000))) { Self.crash(kind) }
        }
        present()
    }

    private func present() { terminal.present(screen.render()) }

    private func handle(_ event: TerminalEvent) {
        switch event {
        case .hangUp: quit(0)
        case .signal(let signo): quit(128 + signo)
        case .suspendRequest: terminal.suspend()
        case .keys(let keys):
            for key in keys { handle(key) }
            present()
        }
    }

    private func quit(_ code: Int32) -> Never {
        scheduler.cancelAll()
        terminal.end()
        exit(code)
    }

    private func handle(_ key: Key) {
        switch key {
        case .character("q"): quit(0)
        case .character("r"): return  // no state change: a no-op redraw
        case .control("l"): terminal.redrawAll(); return
        case .character("t"): toggleTicking()
        case .character("y"):
            terminal.copyToClipboard("198.51.100.23")
            screen.copied = "198.51.100.23"
        case .resize(let width, let height): screen.size = TerminalSize(width: width, height: height)
        default: break
        }
        screen.lastKey = "\(key)"
        screen.keyCount += 1
    }

    private func toggleTicking() {
        if let token = tickToken {
            scheduler.cancel(token)
            tickToken = nil
        } else {
            tickToken = scheduler.every(.milliseconds(options.tickMilliseconds ?? 1000)) { [unowned self] in
                screen.counter += 1
                present()
            }
        }
        screen.ticking = tickToken != nil
    }

    private static func crash(_ kind: String) {
        switch kind {
        case "abort": abort()
        case "segv": UnsafeMutablePointer<Int>(bitPattern: 8)!.pointee = 1
        default: fatalError("curses-smoke: forced crash (--crash-after)")
        }
    }
}
