import AccessCore
import Foundation
import Testing

@testable import TerminalUI

/// Text snapshots of the triage inbox: the grouped panes, dismissed rows shown, the reason prompt and the cleared
/// blocked list. Re-record with `SGACCESS_RECORD_SNAPSHOTS=1` (and read every one).
@Suite struct TriageSnapshotTests {
    enum Scenario: String, CaseIterable {
        case groupedAddress, groupedRange, dismissedShown, dismissPrompt, blockedCleared
    }

    static func state(_ scenario: Scenario, width: Int, height: Int) -> AppState {
        var state = TriageFixtures.loaded(width: width, height: height)
        _ = reduce(&state, .tick(now: Fixtures.now + 30))
        switch scenario {
        case .groupedAddress: press(&state, .character("o"))
        case .groupedRange: press(&state, .character("o"), .character("o"))
        case .dismissedShown:
            select(&state, ip: "198.51.100.23")
            press(&state, .character("x"))
            type(&state, "credential stuffing, ticket 4411")
            press(&state, .enter, .character("X"))
        case .dismissPrompt:
            select(&state, ip: "198.51.100.23")
            press(&state, .character("x"))
            type(&state, "scanner")
        case .blockedCleared:
            // Grouped by range, the office /24 and the IPv6 /48 are dismissed and the attacker too.
            press(&state, .character("b"), .character("o"), .character("o"))
            for _ in 0..<5 where state.attempts.blockedCount > 0 { press(&state, .home, .character("x"), .enter) }
        }
        return state
    }

    @Test(arguments: Scenario.allCases)
    func matchesSnapshot(_ scenario: Scenario) throws {
        for (width, height) in SnapshotTests.sizes {
            let state = Self.state(scenario, width: width, height: height)
            let grid = render(state, width: state.width, height: state.height)
            try SnapshotTests.check(grid, named: "triage-\(scenario.rawValue)-\(width)x\(height)")
        }
    }
}
