import AccessCore
import Foundation
import Testing

@testable import TerminalUI

/// Text snapshots of the header naming each kind of account, and of the account picker, under Snapshots/
/// (re-record with `SGACCESS_RECORD_SNAPSHOTS=1`), plus the styles that carry the account's accent.
@Suite struct AccountSnapshotTests {
    enum Scenario: String, CaseIterable {
        case headerParent, headerSubuser, headerCustomURL, headerEU, accountPicker, accountPickerAlone
    }

    static func target(_ scenario: Scenario) -> AccountTarget {
        switch scenario {
        case .headerParent: AccountTarget(profile: "prod", endpoint: .global)
        case .headerSubuser, .accountPicker, .accountPickerAlone:
            AccountTarget(profile: "prod", onBehalfOf: "sub1", endpoint: .global)
        case .headerCustomURL: AccountTarget(endpoint: .custom(hostAndPort: "127.0.0.1:8080"))
        case .headerEU: AccountTarget(profile: "eu-sub", onBehalfOf: "account-id 42", endpoint: .eu)
        }
    }

    static let choices = [
        AccountChoice(id: "prod", target: AccountTarget(profile: "prod", endpoint: .global), accent: .green),
        AccountChoice(id: "prod/sub1", target: target(.headerSubuser), accent: .green),
        AccountChoice(id: "eu-sub", target: target(.headerEU), accent: .red),
        AccountChoice(
            id: "sim", target: AccountTarget(profile: "sim", endpoint: .custom(hostAndPort: "127.0.0.1:8080"))),
    ]

    static func state(_ scenario: Scenario, width: Int, height: Int) -> AppState {
        var config = Fixtures.config(pollInterval: 8)
        config.target = target(scenario)
        config.accent = .green
        let accounts = scenario == .accountPickerAlone ? [] : choices
        var state = AppState(config: config, now: Fixtures.now, width: width, height: height, accounts: accounts)
        _ = reduce(
            &state, .rulesLoaded(RulesSnapshot(Fixtures.rules), rateLimit: Fixtures.rateLimit, now: Fixtures.now))
        _ = reduce(
            &state,
            .activityLoaded(AttemptsSnapshot(Fixtures.attempts), rateLimit: Fixtures.rateLimit, now: Fixtures.now))
        _ = reduce(&state, .tick(now: Fixtures.now + 30))
        if scenario == .accountPicker || scenario == .accountPickerAlone {
            press(&state, .character("c"), .character("j"))
        }
        return state
    }

    @Test(arguments: Scenario.allCases)
    func matchesSnapshot(_ scenario: Scenario) throws {
        for (width, height) in SnapshotTests.sizes {
            let grid = render(Self.state(scenario, width: width, height: height), width: width, height: height)
            let text =
                grid.lines.map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
                .joined(separator: "\n") + "\n"
            let url = SnapshotTests.snapshotURL("\(scenario.rawValue)-\(width)x\(height)")
            if ProcessInfo.processInfo.environment["SGACCESS_RECORD_SNAPSHOTS"] == "1" {
                try text.write(to: url, atomically: true, encoding: .utf8)
                continue
            }
            let stored = try? String(contentsOf: url, encoding: .utf8)
            #expect(stored != nil, "missing snapshot \(url.lastPathComponent); record with SGACCESS_RECORD_SNAPSHOTS=1")
            #expect(stored == text, "\(url.lastPathComponent) differs:\n\(text)")
        }
    }

    @Test func theHeaderNamesTheAccountInItsAccentAndBold() throws {
        let state = Self.state(.headerEU, width: 80, height: 24)
        let grid = render(state, width: 80, height: 24)
        let line = grid.lines[0]
        let range = try #require(line.range(of: "profile eu-sub · subuser account-id 42 · eu"))
        let x = line.distance(from: line.startIndex, to: range.lowerBound)
        for column in x..<x + 10 {
            #expect(grid[column, 0].style == Style(role: .account, bold: true, tint: .green))
        }
        #expect(grid[1, 0].style.role != .account, "the app name keeps its own style")
    }

    @Test func theAccountShortensBeforeTheStatusIsCutAtEightyColumns() {
        var state = Self.state(.headerCustomURL, width: 80, height: 24)
        _ = reduce(
            &state, .pollFailed(FailureInfo(message: "down", isTransient: true), now: Fixtures.now + 40))
        let line = render(state, width: 80, height: 24).lines[0]
        #expect(line.hasPrefix(" sgaccess · 127.0.0.1:8080 (custom URL) · API unreachable — retrying in 8s"))
        var wide = Self.state(.headerSubuser, width: 80, height: 24)
        _ = reduce(&wide, .pollFailed(FailureInfo(message: "down", isTransient: true), now: Fixtures.now + 40))
        let compact = render(wide, width: 80, height: 24).lines[0]
        #expect(compact.hasPrefix(" sgaccess · prod · sub1 · global · API unreachable — retrying in 8s"))
        #expect(render(wide, width: 120, height: 40).lines[0].contains("profile prod · subuser sub1 · global · API"))
    }

    @Test func pickerRowsCarryEachAccountsAccentAndTheCursorIsReversed() throws {
        let state = Self.state(.accountPicker, width: 120, height: 40)
        let grid = render(state, width: 120, height: 40)
        let euRow = try #require(grid.lines.firstIndex { $0.contains("▸ profile eu-sub") })
        let x = try #require(grid.lines[euRow].firstIndex(of: "▸")).utf16Offset(in: grid.lines[euRow])
        #expect(grid[x + 2, euRow].style == Style(role: .account, bold: true, reverse: true, tint: .red))
        let current = try #require(
            grid.lines.firstIndex { $0.contains("profile prod · subuser sub1 · global  (current)") })
        #expect(grid.lines[current].contains("▸") == false)
        #expect(!grid[x + 2, current].style.reverse)
    }
}
