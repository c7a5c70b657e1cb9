import Foundation
import Testing

/// Start errors, colours, suspend and bytes on the wire.
@Suite("curses-smoke sessions in tmux", .serialized, .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")))
struct SmokeSessionTests {
    @Test("TERM unset, dumb or unknown: a clear error and exit status 1, no ncurses exit", arguments: [
        (String?.none, "TERM is not set"), ("dumb", "TERM is `dumb`"), ("no-such-terminal", "has no terminfo entry"),
    ])
    func terminalErrors(term: String?, message: String) throws {
        let pane = try TmuxPane()
        defer { pane.close() }
        try pane.launchSmoke(term: term)
        // The message may wrap across rows: look for it in the joined screen.
        try pane.waitFor("the error message") { $0.joined().contains(message) }
        let report = try pane.exitReport()
        #expect(report.status == 1)
        #expect(report.ttySane)
    }

    @Test("not a terminal: a clear error on stderr, exit status 1")
    func notATerminal() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: SmokeBinary.path)
        process.standardInput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardOutput = Pipe()
        process.standardError = errors
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(String(decoding: data, as: UTF8.self).contains("needs a terminal, but standard input is not one"))
    }

    @Test("colour mode follows the terminal, NO_COLOR and --no-color", arguments: [
        ("tmux-256color", "", [String](), "256 colours"), ("screen", "", [], "8 colours"),
        ("tmux-256color", "NO_COLOR=1", [], "no colour"), ("tmux-256color", "", ["--no-color"], "no colour"),
    ])
    func colours(term: String, environment: String, arguments: [String], expected: String) throws {
        let pane = try TmuxPane()
        defer { pane.close() }
        let lines = try pane.startSmoke(term: term, environment: environment, arguments: arguments)
        #expect(lines[1].hasSuffix("colours: \(expected)"))
        #expect(lines[4] == "CJK: 日本語テキスト|end")
        try pane.sendKeys("q")
        #expect(try pane.exitReport().status == 0)
    }

    @Test("Ctrl-Z suspends with a sane tty; fg redraws and keys work again")
    func suspendResume() throws {
        let pane = try TmuxPane()
        defer { pane.close() }
        try pane.startSmoke()
        try pane.sendKeys("C-z")
        try pane.waitFor("the shell to report the stopped job") { $0.contains { $0.contains("Stopped") } }
        let stopped = try pane.exitReport()
        #expect(stopped.status == 128 + Int(SIGSTOP) || stopped.status == 128 + Int(SIGTSTP))
        #expect(stopped.ttySane, "stty flags while suspended: \(stopped.ttyFlags)")
        try pane.sendLine("fg")
        try pane.waitFor("the redraw after fg") { $0.first?.hasPrefix(TmuxPane.title) == true && $0.count > 4 && $0[4] == "CJK: 日本語テキスト|end" }
        try pane.sendKeys("x")
        try pane.waitFor("a key after resume") { pane.lastKeyLine($0).hasPrefix("last key: character(\"x\")") }
        try pane.sendKeys("q")
        let report = try pane.exitReport()
        #expect(report.status == 0)
        #expect(report.ttySane)
    }

    @Test("bytes on the wire: an unchanged re-present writes 0 bytes, one changed line a few dozen")
    func bytesOnTheWire() throws {
        let pane = try TmuxPane(width: 80, height: 24)
        defer { pane.close() }
        try pane.startSmoke(arguments: ["--present-every-ms", "50"])
        Thread.sleep(forTimeInterval: 0.5)
        let log = pane.directory.appendingPathComponent("bytes.log").path
        try pane.tmux(["pipe-pane", "-O", "-t", pane.target, "cat >> '\(log)'"])
        Thread.sleep(forTimeInterval: 1.5)            // ~30 unchanged presents from the timer
        try pane.sendKeys("r", "r", "r")             // re-present without a state change
        Thread.sleep(forTimeInterval: 0.5)
        let idle = Self.size(of: log)
        try pane.sendKeys("x")
        try pane.waitFor("the changed key line") { pane.lastKeyLine($0).hasPrefix("last key: character(\"x\")") }
        Thread.sleep(forTimeInterval: 0.3)
        let changed = Self.size(of: log) - idle
        try pane.tmux(["pipe-pane", "-t", pane.target])
        print("curses-smoke 80x24: idle re-presents wrote \(idle) bytes; one key line change wrote \(changed) bytes")
        #expect(idle == 0)
        #expect(changed > 0 && changed < 200)
        try pane.sendKeys("q")
        #expect(try pane.exitReport().status == 0)
    }

    @Test("y writes the OSC 52 sequence, tmux-wrapped because $TMUX is set in the pane")
    func osc52() throws {
        let pane = try TmuxPane()
        defer { pane.close() }
        try pane.startSmoke()
        let log = pane.directory.appendingPathComponent("osc52.log").path
        try pane.tmux(["pipe-pane", "-O", "-t", pane.target, "cat >> '\(log)'"])
        try pane.sendKeys("y")
        try pane.waitFor("the copied line") { $0.count > 6 && $0[6].hasPrefix("copied: 198.51.100.23") }
        Thread.sleep(forTimeInterval: 0.3)
        try pane.tmux(["pipe-pane", "-t", pane.target])
        let bytes = (try? Data(contentsOf: URL(fileURLWithPath: log))) ?? Data()
        let expected = Data("\u{1B}Ptmux;\u{1B}\u{1B}]52;c;MTk4LjUxLjEwMC4yMw==\u{07}\u{1B}\\".utf8)
        #expect(bytes.range(of: expected) != nil, "pane output: \(String(decoding: bytes, as: UTF8.self).debugDescription)")
        try pane.sendKeys("q")
        #expect(try pane.exitReport().status == 0)
    }

    @Test("closing the pane (hang-up) ends the process instead of leaving it spinning")
    func hangUp() throws {
        let pane = try TmuxPane()
        defer { pane.close() }
        try pane.startSmoke()
        let pid = try pane.smokePID()
        try pane.tmux(["new-window", "-d", "sh"])    // keeps the server alive
        try pane.tmux(["kill-pane", "-t", "\(pane.target):0.0"])
        let deadline = Date().addingTimeInterval(10)
        while kill(pid, 0) == 0, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(kill(pid, 0) != 0, "curses-smoke \(pid) still runs after its terminal went away")
    }

    private static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }
}
