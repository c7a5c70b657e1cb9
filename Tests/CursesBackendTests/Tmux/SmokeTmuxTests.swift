import Foundation
import TestSupport
import Testing

/// Drives the real `curses-smoke` binary inside a private tmux server.
@Suite("curses-smoke in tmux", .serialized, .enabled(if: TestEnvironment.hasTmux))
struct SmokeTmuxTests {
    @Test("the binary is built next to the tests")
    func binaryFound() {
        let path = (try? BuiltProducts.cursesSmoke()) ?? "curses-smoke-not-found"
        #expect(FileManager.default.isExecutableFile(atPath: path), "looked for curses-smoke, got \(path)")
    }

    @Test("draws the grid: title, CJK at the right columns, right and bottom edges")
    func drawsGrid() async throws {
        try await TmuxSession.withSmokePane { pane in
            let lines = try await pane.startSmoke()
            #expect(lines[1].hasPrefix("size: 100x30  colours: 256 colours"))
            #expect(lines[4] == "CJK: 日本語テキスト|end")
            #expect(lines[5].hasPrefix("normal muted accent good bad warning mine title selection danger"))
            #expect(lines[0].count == 100 && lines[0].hasSuffix("R"), "R marks the last column")
            #expect(lines[29].hasSuffix("+") && lines[29].count == 100, "+ marks the bottom-right cell")
            try await pane.send("q")
            #expect(try await pane.exitReport().status == 0)
        }
    }

    @Test(
        "keys arrive decoded",
        arguments: [
            (["Up"], "up"), (["C-u"], "control(\"u\")"), (["F5"], "function(5)"), (["BTab"], "backTab"),
            (["Home"], "home"), (["NPage"], "pageDown"), (["DC"], "delete"), (["BSpace"], "backspace"),
            (["Enter"], "enter"), (["Tab"], "tab"), (["Escape"], "escape"), (["-l", "é"], "character(\"é\")"),
            (["-l", "日"], "character(\"日\")"), (["C-d"], "control(\"d\")"),
        ])
    func keys(keys: [String], expected: String) async throws {
        try await TmuxSession.withSmokePane { pane in
            try await pane.startSmoke()
            try await pane.tmux(["send-keys", "-t", pane.target] + keys)
            try await pane.waitForLines("last key \(expected)") {
                pane.lastKeyLine($0).hasPrefix("last key: \(expected)  keys: 1")
            }
            try await pane.send("q")
            #expect(try await pane.exitReport().status == 0)
        }
    }

    @Test("a resize re-lays out at once, larger and smaller")
    func resize() async throws {
        try await TmuxSession.withSmokePane { pane in
            try await pane.startSmoke()
            try await pane.resize(width: 120, height: 40)
            // A frame can reach tmux in several writes: wait for its last row too.
            var lines = try await pane.waitForLines("120x40") {
                $0.count > 39 && $0[1].hasPrefix("size: 120x40") && $0[39].hasSuffix("+")
            }
            #expect(lines[0].count == 120 && lines[0].hasSuffix("R"))
            #expect(lines[39].hasSuffix("+"))
            #expect(lines[2].hasPrefix("last key: resize(width: 120, height: 40)"))
            try await pane.resize(width: 80, height: 24)
            lines = try await pane.waitForLines("80x24") {
                $0.count > 23 && $0[1].hasPrefix("size: 80x24") && $0[23].hasSuffix("+")
            }
            #expect(lines[0].count == 80 && lines[0].hasSuffix("R"))
            #expect(lines[23].hasSuffix("+"))
            try await pane.send("q")
            #expect(try await pane.exitReport().status == 0)
        }
    }

    @Test("q quits and gives the terminal back")
    func quit() async throws {
        try await TmuxSession.withSmokePane { pane in
            try await pane.startSmoke()
            try await pane.send("q")
            let report = try await pane.exitReport()
            #expect(report.status == 0)
            #expect(report.ttySane, "stty flags after exit: \(report.ttyFlags)")
            #expect(!report.screen.contains { $0.contains("CJK: 日本語") }, "the alternate screen was left")
        }
    }

    @Test(
        "SIGTERM, SIGHUP and SIGINT exit with 128+signo and leave the tty sane",
        arguments: [(SIGTERM, 143), (SIGHUP, 129), (SIGINT, 130)])
    func terminationSignals(signo: Int32, status: Int) async throws {
        try await TmuxSession.withSmokePane { pane in
            try await pane.startSmoke()
            let pid = try await pane.smokePID()
            #expect(kill(pid, signo) == 0)
            let report = try await pane.exitReport()
            #expect(report.status == status)
            #expect(report.ttySane, "stty flags after signal \(signo): \(report.ttyFlags)")
        }
    }

    @Test("Ctrl-C is a signal (cbreak, not raw): the demo exits cleanly")
    func controlC() async throws {
        try await TmuxSession.withSmokePane { pane in
            try await pane.startSmoke()
            try await pane.send("C-c")
            let report = try await pane.exitReport()
            #expect(report.status == 130)
            #expect(report.ttySane, "stty flags: \(report.ttyFlags)")
        }
    }

    @Test(
        "a crash restores the tty and still dies of its signal",
        arguments: [("trap", [132, 133]), ("abort", [134]), ("segv", [139])])
    func crash(kind: String, statuses: [Int]) async throws {
        try await TmuxSession.withSmokePane { pane in
            try await pane.startSmoke(
                environment: "SWIFT_BACKTRACE=interactive=no", arguments: ["--crash-after", "1", "--crash-kind", kind])
            let report = try await pane.exitReport(timeout: .seconds(60))
            #expect(statuses.contains(report.status), "exit status \(report.status)")
            #expect(report.ttySane, "stty flags after \(kind) crash: \(report.ttyFlags)")
        }
    }
}
