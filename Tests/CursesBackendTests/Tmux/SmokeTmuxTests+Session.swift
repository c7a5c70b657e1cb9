import Foundation
import TestSupport
import Testing

/// Start errors, colours, suspend and bytes on the wire.
@Suite("curses-smoke sessions in tmux", .serialized, .enabled(if: TestEnvironment.hasTmux))
struct SmokeSessionTests {
    @Test(
        "TERM unset, dumb or unknown: a clear error and exit status 1, no ncurses exit",
        arguments: [
            (String?.none, "TERM is not set"), ("dumb", "TERM is `dumb`"),
            ("no-such-terminal", "has no terminfo entry"),
        ])
    func terminalErrors(term: String?, message: String) async throws {
        try await TmuxSession.withSmokePane { pane in
            try await pane.launchSmoke(term: term)
            // The message may wrap across rows: look for it in the joined screen.
            try await pane.waitForLines("the error message") { $0.joined().contains(message) }
            let report = try await pane.exitReport()
            #expect(report.status == 1)
            #expect(report.ttySane)
        }
    }

    @Test("not a terminal: a clear error on stderr, exit status 1")
    func notATerminal() async throws {
        let result = try await ProcessResult.run(
            try BuiltProducts.cursesSmoke(), [], environment: TestEnvironment.clean)
        #expect(result.status == 1)
        #expect(result.err.contains("needs a terminal, but standard input is not one"))
    }

    @Test(
        "colour mode follows the terminal, NO_COLOR and --no-color",
        arguments: [
            ("tmux-256color", "", [String](), "256 colours"), ("screen", "", [], "8 colours"),
            ("tmux-256color", "NO_COLOR=1", [], "no colour"), ("tmux-256color", "", ["--no-color"], "no colour"),
        ])
    func colours(term: String, environment: String, arguments: [String], expected: String) async throws {
        try await TmuxSession.withSmokePane { pane in
            let lines = try await pane.startSmoke(term: term, environment: environment, arguments: arguments)
            #expect(lines[1].hasSuffix("colours: \(expected)"))
            #expect(lines[4] == "CJK: 日本語テキスト|end")
            try await pane.send("q")
            #expect(try await pane.exitReport().status == 0)
        }
    }

    @Test("Ctrl-Z suspends with a sane tty; fg redraws and keys work again")
    func suspendResume() async throws {
        try await TmuxSession.withSmokePane { pane in
            try await pane.startSmoke()
            try await pane.send("C-z")
            try await pane.waitForLines("the shell to report the stopped job") {
                $0.contains { $0.contains("Stopped") }
            }
            let stopped = try await pane.exitReport()
            #expect(stopped.status == 128 + Int(SIGSTOP) || stopped.status == 128 + Int(SIGTSTP))
            #expect(stopped.ttySane, "stty flags while suspended: \(stopped.ttyFlags)")
            try await pane.typeLine("fg")
            try await pane.waitForLines("the redraw after fg") {
                $0.first?.hasPrefix(TmuxSession.smokeTitle) == true && $0.count > 4 && $0[4] == "CJK: 日本語テキスト|end"
            }
            try await pane.send("x")
            try await pane.waitForLines("a key after resume") {
                pane.lastKeyLine($0).hasPrefix("last key: character(\"x\")")
            }
            try await pane.send("q")
            let report = try await pane.exitReport()
            #expect(report.status == 0)
            #expect(report.ttySane)
        }
    }

    @Test("bytes on the wire: an unchanged re-present writes 0 bytes, one changed line a few dozen")
    func bytesOnTheWire() async throws {
        try await TmuxSession.withSmokePane(width: 80, height: 24) { pane in
            try await pane.startSmoke(arguments: ["--present-every-ms", "50"])
            try await Task.sleep(for: .milliseconds(500))
            let log = pane.folder.file("bytes.log")
            try await pane.tmux(["pipe-pane", "-O", "-t", pane.target, "cat >> '\(log)'"])
            try await Task.sleep(for: .milliseconds(1500))  // ~30 unchanged presents from the timer
            try await pane.send("r", "r", "r")  // re-present without a state change
            try await Task.sleep(for: .milliseconds(500))
            let idle = Self.size(of: log)
            try await pane.send("x")
            try await pane.waitForLines("the changed key line") {
                pane.lastKeyLine($0).hasPrefix("last key: character(\"x\")")
            }
            try await Task.sleep(for: .milliseconds(300))
            let changed = Self.size(of: log) - idle
            try await pane.tmux(["pipe-pane", "-t", pane.target])
            print(
                "curses-smoke 80x24: idle re-presents wrote \(idle) bytes; one key line change wrote \(changed) bytes")
            #expect(idle == 0)
            #expect(changed > 0 && changed < 200)
            try await pane.send("q")
            #expect(try await pane.exitReport().status == 0)
        }
    }

    @Test("y writes the OSC 52 sequence, tmux-wrapped because $TMUX is set in the pane")
    func osc52() async throws {
        try await TmuxSession.withSmokePane { pane in
            try await pane.startSmoke()
            let log = pane.folder.file("osc52.log")
            try await pane.tmux(["pipe-pane", "-O", "-t", pane.target, "cat >> '\(log)'"])
            try await pane.send("y")
            try await pane.waitForLines("the copied line") { $0.count > 6 && $0[6].hasPrefix("copied: 198.51.100.23") }
            try await Task.sleep(for: .milliseconds(300))
            try await pane.tmux(["pipe-pane", "-t", pane.target])
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: log))) ?? Data()
            let expected = Data("\u{1B}Ptmux;\u{1B}\u{1B}]52;c;MTk4LjUxLjEwMC4yMw==\u{07}\u{1B}\\".utf8)
            #expect(
                bytes.range(of: expected) != nil,
                "pane output: \(String(decoding: bytes, as: UTF8.self).debugDescription)")
            try await pane.send("q")
            #expect(try await pane.exitReport().status == 0)
        }
    }

    @Test("closing the pane (hang-up) ends the process instead of leaving it spinning")
    func hangUp() async throws {
        try await TmuxSession.withSmokePane { pane in
            try await pane.startSmoke()
            let pid = try await pane.smokePID()
            try await pane.tmux(["new-window", "-d", "sh"])  // keeps the server alive
            try await pane.tmux(["kill-pane", "-t", "\(pane.target):0.0"])
            let deadline = ContinuousClock.now + .seconds(10)
            while kill(pid, 0) == 0, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
            #expect(kill(pid, 0) != 0, "curses-smoke \(pid) still runs after its terminal went away")
        }
    }

    private static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }
}
