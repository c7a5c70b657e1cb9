import AccessCore
import Foundation
import Testing

@testable import TerminalUI

/// `o`: merging by address and by /24 (/48), the counts, and `A`/`a` on a range row.
@Suite struct AttemptGroupingTests {
    static func rows(_ attempts: [AccessAttempt]) -> [AttemptRow] {
        Triage.triage(attempts, index: nil).map { AttemptRow(triaged: $0, mine: []) }
    }

    @Test func byAddressMergesTheMethodsOfOneAddress() {
        let merged = AttemptsPane.grouped(Self.rows(TriageFixtures.attempts), by: .address)
        #expect(merged.count == TriageFixtures.attempts.count - 2)
        let first = merged.first { $0.ip == "100.64.12.1" }
        #expect(first?.method == "basic,api_key")
        #expect(first?.group?.attempts == 2)
        #expect(first?.group?.addresses == ["100.64.12.1"])
        #expect(first?.group?.range == nil)
        #expect(first?.attempt.firstAt == Fixtures.now - 7200)
        #expect(first?.attempt.lastAt == Fixtures.now - 20)
        #expect(first?.attempt.address == IPAddress("100.64.12.1"))
    }

    @Test func theWorstStatusOfTheMergedRowsShows() {
        let attempts = [
            AccessAttempt(ip: "192.0.2.1", allowed: true, authMethod: "web", location: "X", firstAt: 1, lastAt: 5),
            AccessAttempt(ip: "192.0.2.1", allowed: false, authMethod: "api", location: "X", firstAt: 1, lastAt: 3),
        ]
        // Triaged against a list that no longer covers it: one row "no longer allowed", one "blocked".
        let index = CoverageIndex(rules: [AllowRule(id: 1, ip: "198.51.100.0/24", createdAt: 0, updatedAt: 0)])
        let rows = Triage.triage(attempts, index: index).map { AttemptRow(triaged: $0, mine: []) }
        #expect(rows.map(\.status) == [AttemptStatus.noLongerAllowed, .blocked])
        let merged = AttemptsPane.grouped(rows, by: .address)
        #expect(merged.count == 1 && merged[0].status == .blocked)
    }

    @Test func byRangeBucketsIPv4By24AndIPv6By48WithCounts() {
        let merged = AttemptsPane.grouped(Self.rows(TriageFixtures.attempts), by: .range)
        let office = merged.first { $0.group?.range == TriageFixtures.office }
        #expect(office?.ip == "100.64.12.0/24")
        #expect(office?.group?.addresses.count == 12)
        #expect(office?.group?.attempts == 14)
        #expect(office?.method == "basic,api_key")
        let v6 = merged.first { $0.group?.range == TriageFixtures.v6Range }
        #expect(v6?.group?.addresses == ["2a00:1450:4001:1::5", "2a00:1450:4001:2::6"])
        #expect(v6?.location == "Dublin, IE +1")
        // 198.51.100.23, 203.0.113.10 and 192.0.2.7 each have their own /24.
        #expect(merged.count == 5)
    }

    @Test func textThatIsNotAnAddressStaysItsOwnRow() {
        let attempts = [
            AccessAttempt(ip: "unknown", allowed: false, authMethod: "api", location: "", firstAt: 1, lastAt: 2),
            AccessAttempt(ip: "192.0.2.1", allowed: false, authMethod: "api", location: "", firstAt: 1, lastAt: 2),
        ]
        let merged = AttemptsPane.grouped(Self.rows(attempts), by: .range)
        #expect(merged.map(\.ip) == ["unknown", "192.0.2.0/24"])
        #expect(merged[0].group?.range == nil)
    }

    @Test func oCyclesTheGroupingAndTheTitleSaysIt() {
        var state = TriageFixtures.loaded()
        #expect(state.attempts.visible.count == TriageFixtures.attempts.count)
        press(&state, .character("o"))
        #expect(state.attempts.triage.grouping == .address)
        #expect(state.attempts.visible.count == TriageFixtures.attempts.count - 2)
        #expect(
            render(state, width: 120, height: 40).lines.contains {
                $0.contains("Attempts") && $0.contains("by address")
            })
        press(&state, .character("o"))
        #expect(state.attempts.triage.grouping == .range)
        #expect(state.attempts.visible.count == 5)
        #expect(render(state, width: 120, height: 40).lines.contains { $0.contains("by /24 · /48") })
        press(&state, .character("o"))
        #expect(state.attempts.triage.grouping == AttemptGrouping.none)
        #expect(state.attempts.visible.count == TriageFixtures.attempts.count)
    }

    @Test func capitalAOnARangeRowProposesTheRangeAndLowercaseAExplains() {
        var state = TriageFixtures.loaded()
        press(&state, .character("o"), .character("o"))
        select(&state, ip: "100.64.12.0/24")
        press(&state, .character("a"))
        #expect(state.overlay == nil && state.inFlight == nil)
        #expect(state.flash?.text.contains("A allows the range") == true)
        press(&state, .character("A"))
        guard case .confirm(let dialog) = state.overlay else { Issue.record("no confirmation"); return }
        #expect(dialog.mutation == .allowSlash24(TriageFixtures.office))
        select(&state, ip: "2a00:1450:4001::/48")
        state.overlay = nil
        press(&state, .character("A"))
        guard case .confirm(let v6) = state.overlay else { Issue.record("no confirmation"); return }
        #expect(v6.mutation == .allowSlash24(TriageFixtures.v6Range))
    }

    @Test func xOnARangeRowDismissesItsBlockedAddressesAndAgainBringsThemBack() {
        var state = TriageFixtures.loaded()
        press(&state, .character("o"), .character("o"))
        select(&state, ip: "100.64.12.0/24")
        press(&state, .character("x"))
        guard case .dismiss(let input) = state.overlay else { Issue.record("no prompt"); return }
        #expect(input.addresses.count == 12)
        #expect(input.label == "12 blocked addresses in 100.64.12.0/24")
        let effects = press(&state, .enter)
        #expect(effects.filter { if case .triage(.save) = $0 { return true } else { return false } }.count == 12)
        #expect(!state.shownAttempts.contains { $0.ip == "100.64.12.0/24" })
        press(&state, .character("X"))
        select(&state, ip: "100.64.12.0/24")
        #expect(state.attempts.selected?.dismissal != nil)
        press(&state, .character("x"))
        #expect(state.attempts.triage.dismissals.isEmpty)
    }

    @Test func groupingAThousandAttemptsInTheSnapshotMatchesGroupingInThePane() {
        let many = (0..<1000).map { i in
            AccessAttempt(
                ip: "100.64.\(i % 40).\(i % 200)", allowed: false, authMethod: i % 3 == 0 ? "api_key" : "basic",
                location: "L\(i % 7)", firstAt: Fixtures.now - 4000, lastAt: Fixtures.now - Int64(i))
        }
        var state = Fixtures.loaded(attempts: many)
        press(&state, .character("2"), .character("o"), .character("o"))
        let inPane = state.shownAttempts
        var basis = state.ingestBasis
        basis.rulesVersion = nil
        let built = AttemptsSnapshot(many, basis: basis)
        #expect(built.visible.map { built.items[$0] } == inPane)
        #expect(inPane.count == 40)
        #expect(inPane.map { $0.group?.attempts ?? 0 }.reduce(0, +) == 1000)
    }
}
