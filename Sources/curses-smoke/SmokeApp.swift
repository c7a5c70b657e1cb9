import CursesBackend
import TerminalKit
#if canImport(Glibc)
import Glibc
#endif

/// Wires a `TerminalSession` and an `EventLoop` to `SmokeScreen`, the way the real runtime will.
@MainActor
final class SmokeApp {
    let options: SmokeOptions
    let session: TerminalSession
    let loop: EventLoop
    var screen: SmokeScreen
    var tickToken: EventLoop.TimerToken?

    init(options: SmokeOptions, session: TerminalSession) {
        self.options = options
        self.session = session
        self.loop = EventLoop(session: session)
        self.screen = SmokeScreen(size: session.size, colorMode: session.colorMode)
    }

    func run() -> Never {
        loop.render = { [unowned self] in session.present(screen.render()) }
        loop.onKey = { [unowned self] key in handle(key) }
        if options.tickMilliseconds != nil { toggleTicking() }
        if let every = options.presentEveryMilliseconds {
            // Re-presents the unchanged screen, like a poll that changed nothing: must write 0 bytes.
            loop.every(.milliseconds(every)) { [unowned self] in loop.setNeedsRender() }
        }
        if let seconds = options.crashAfterSeconds {
            let kind = options.crashKind
            loop.after(.milliseconds(Int(seconds * 1000))) { Self.crash(kind) }
        }
        loop.setNeedsRender()
        loop.run()
    }

    private func handle(_ key: Key) {
        switch key {
        case .character("q"): loop.terminate(exitCode: 0)
        case .character("r"): loop.setNeedsRender(); return   // no state change: a no-op redraw
        case .control("l"): session.forceRedraw(); return
        case .character("t"): toggleTicking()
        case .character("y"):
            session.writeOSC52("198.51.100.23")
            screen.copied = "198.51.100.23"
        case .resize(let width, let height): screen.size = TerminalSize(width: width, height: height)
        default: break
        }
        screen.lastKey = "\(key)"
        screen.keyCount += 1
        loop.setNeedsRender()
    }

    private func toggleTicking() {
        if let token = tickToken {
            loop.cancel(token)
            tickToken = nil
        } else {
            tickToken = loop.every(.milliseconds(options.tickMilliseconds ?? 1000)) { [unowned self] in
                screen.counter += 1
                loop.setNeedsRender()
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
