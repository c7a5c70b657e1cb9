import AccessCore
import Foundation
import Testing

@testable import TerminalUI

/// The main screen as an ASCII-only terminal gets it (the runtime folds every frame), with hostile and wide text:
/// "São Paulo", "東京", the ★ mine marker, the verdict glyphs. Re-record with `SGACCESS_RECORD_SNAPSHOTS=1`.
@Suite struct ASCIISnapshotTests {
    static let notice = "ASCII only: LC_ALL=C is not UTF-8; use LC_ALL=C.UTF-8 for full characters."

    static func state(width: Int, height: Int, notice: Bool) -> AppState {
        var attempts = Fixtures.attempts
        attempts.append(
            AccessAttempt(
                ip: "198.51.100.40", allowed: false, authMethod: "basic", location: "São Paulo, BR",
                firstAt: Fixtures.now - 900, lastAt: Fixtures.now - 120))
        var state = Fixtures.loaded(width: width, height: height, attempts: attempts, pollInterval: 8)
        _ = reduce(&state, .tick(now: Fixtures.now + 30))
        if notice { _ = reduce(&state, .asciiOnly(notice: Self.notice)) }
        return state
    }

    @Test(arguments: [(80, 24), (120, 40)], [true, false])
    func matchesSnapshot(size: (Int, Int), notice: Bool) throws {
        let (width, height) = size
        let state = Self.state(width: width, height: height, notice: notice)
        let utf8 = render(state, width: width, height: height)
        let grid = utf8.folded(to: .ascii)
        #expect(grid.lines.allSatisfy { $0.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x80 } })
        #expect(grid.lines.map(\.utf8.count) == Array(repeating: width, count: height), "every row keeps its columns")
        #expect(grid.lines.contains { $0.hasPrefix("  *") && $0.contains("203.0.113.0/24") }, "the mine marker")
        let text =
            grid.lines.map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
            .joined(separator: "\n") + "\n"
        let name = "ascii\(notice ? "-notice" : "")-\(width)x\(height)"
        let url = SnapshotTests.snapshotURL(name)
        if ProcessInfo.processInfo.environment["SGACCESS_RECORD_SNAPSHOTS"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let stored = try? String(contentsOf: url, encoding: .utf8)
        #expect(stored != nil, "missing snapshot \(name); record with SGACCESS_RECORD_SNAPSHOTS=1")
        #expect(stored == text, "\(name) differs:\n\(text)")
    }
}
