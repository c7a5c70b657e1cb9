// curses-smoke: a manual and tmux-driven check of the ncurses backend (CursesBackend).
import CursesBackend
import Dispatch

#if canImport(Glibc)
import Glibc
#endif

func fail(_ message: String, code: Int32) -> Never {
    let bytes = Array((message + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    exit(code)
}

let options: SmokeOptions
do {
    options = try SmokeOptions(arguments: Array(CommandLine.arguments.dropFirst()))
} catch {
    fail(error.message, code: 2)
}

let terminal = CursesTerminal(options: .init(noColor: options.noColor))
let app = SmokeApp(options: options, terminal: terminal)
do {
    if options.benchFrames != nil { try terminal.session.start() } else { try app.start() }
} catch {
    fail("curses-smoke: \(error)", code: 1)
}
if let pidFile = options.pidFile, let file = fopen(pidFile, "w") {
    fputs("\(getpid())\n", file)
    fclose(file)
}
if let frames = options.benchFrames { SmokeBench.run(session: terminal.session, frames: frames) }
dispatchMain()
