import AccessCore
import Foundation
import Testing

@testable import TerminalUI

/// Text snapshots of rendered screens under Snapshots/. Re-record with `SGACCESS_RECORD_SNAPSHOTS=1`.
@Suite struct SnapshotTests {
    static let sizes = [(80, 24), (120, 40)]

    enum Scenario: String, CaseIterable {
        case normal, filtered, confirm, lockoutConfirm, help, tooSmall, apiError, readOnly, addInput, attemptDetail
        case longErrorFlash, helpLastPage
    }

    static func state(_ scenario: Scenario, width: Int, height: Int) -> AppState {
        var state = Fixtures.loaded(width: width, height: height, readOnly: scenario == .readOnly, pollInterval: 8)
        _ = reduce(&state, .tick(now: Fixtures.now + 30))
        switch scenario {
        case .normal, .readOnly: break
        case .filtered:
            press(&state, .character("/"))
            type(&state, "10.0.0.7")
        case .confirm:
            select(&state, ip: "192.0.2.7/32")
            press(&state, .character("d"))
        case .lockoutConfirm:
            press(&state, .character("d"))
            type(&state, "203.0")
        case .help: press(&state, .character("?"))
        case .helpLastPage: press(&state, .character("?"), .pageDown, .pageDown)
        case .tooSmall: _ = reduce(&state, .resize(width: width - 10, height: height - 5))
        case .apiError:
            _ = reduce(
                &state,
                .pollFailed(
                    FailureInfo(message: "Could not connect to api.sendgrid.com.", isTransient: true),
                    now: Fixtures.now + 200))
        case .addInput:
            press(&state, .character("n"))
            type(&state, "10.1.2.3/8, 203.0.113.* 2001:db8::g")
        case .attemptDetail:
            press(&state, .character("2"), .down, .enter)
        case .longErrorFlash:
            // The 401 sentence was cut at 80 columns before the flash could wrap.
            let message =
                "SendGrid did not accept the API key (401): \"The provided authorization grant is invalid, "
                + "expired, or revoked\". The key may be invalid, expired or revoked: check SENDGRID_API_KEY or the file "
                + "given to --api-key-file."
            _ = reduce(&state, .pollFailed(FailureInfo(message: message, isTransient: false), now: Fixtures.now + 200))
        }
        return state
    }

    static func snapshotURL(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/\(name).txt")
    }

    /// Compares the grid's text (trailing blanks trimmed) with the stored snapshot `name`, or records it.
    static func check(_ grid: Grid, named name: String) throws {
        let text =
            grid.lines.map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
            .joined(separator: "\n") + "\n"
        let url = snapshotURL(name)
        if ProcessInfo.processInfo.environment["SGACCESS_RECORD_SNAPSHOTS"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let stored = try? String(contentsOf: url, encoding: .utf8)
        #expect(stored != nil, "missing snapshot \(url.lastPathComponent); record with SGACCESS_RECORD_SNAPSHOTS=1")
        #expect(stored == text, "\(url.lastPathComponent) differs:\n\(text)")
    }

    @Test(arguments: Scenario.allCases)
    func matchesSnapshot(_ scenario: Scenario) throws {
        for (width, height) in Self.sizes {
            let state = Self.state(scenario, width: width, height: height)
            let grid = render(state, width: state.width, height: state.height)
            try Self.check(grid, named: "\(scenario.rawValue)-\(width)x\(height)")
        }
    }
}
