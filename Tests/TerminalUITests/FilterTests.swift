import AccessCore
import Testing

@testable import TerminalUI

@Suite struct FilterTests {
    func ids(_ state: AppState) -> [Int] { state.rules.visible.map { state.rules.rows[$0].id } }

    @Test func addressShowsTheRulesThatCoverIt() {
        var state = Fixtures.loaded()
        press(&state, .character("/"))
        type(&state, "10.0.0.7")
        #expect(state.rules.query == .address(IPAddress("10.0.0.7")!))
        #expect(ids(state) == [31])
        press(&state, .enter)
        #expect(state.overlay == nil && state.rules.filter == "10.0.0.7")
    }

    @Test func substringMatchesLiveAndBackspaceWidens() {
        var state = Fixtures.loaded()
        press(&state, .character("/"))
        type(&state, "198.")
        #expect(ids(state) == [15])
        press(&state, .backspace, .backspace, .backspace, .backspace)
        #expect(ids(state).count == 5)
        type(&state, "#3")
        #expect(ids(state) == [30, 31])
    }

    @Test func cidrShowsOverlappingRules() {
        var state = Fixtures.loaded()
        press(&state, .character("/"))
        type(&state, "192.0.2.0/24")
        #expect(ids(state) == [21])
        press(&state, .escape)
        #expect(state.rules.filter.isEmpty && ids(state).count == 5, "Esc restores the filter from before")
    }

    @Test func escOnTheMainScreenClearsAnAppliedFilter() {
        var state = Fixtures.loaded()
        press(&state, .character("/"))
        type(&state, "2001")
        press(&state, .enter)
        #expect(ids(state) == [30])
        press(&state, .escape)
        #expect(ids(state).count == 5)
    }

    @Test func filterKeysAreTextNotCommands() {
        var state = Fixtures.loaded()
        press(&state, .character("/"))
        let effects = type(&state, "qdayu")
        #expect(effects.isEmpty)
        if case .filter(let input) = state.overlay {
            #expect(input.text == "qdayu")
        } else {
            Issue.record("filter closed")
        }
    }

    @Test func attemptsFilterByTextAddressAndRange() {
        var state = Fixtures.loaded()
        press(&state, .character("2"), .character("/"))
        type(&state, "lisbon")
        #expect(state.attempts.visible.map { state.attempts.rows[$0].ip } == ["198.51.100.23"])
        press(&state, .control("u"))
        type(&state, "192.0.2.0/24")
        #expect(Set(state.attempts.visible.map { state.attempts.rows[$0].ip }) == ["192.0.2.99", "192.0.2.7"])
    }

    @Test func selectionSurvivesFiltering() {
        var state = Fixtures.loaded()
        press(&state, .down, .down, .down, .down)
        #expect(state.rules.selected?.id == 31)
        press(&state, .character("/"))
        type(&state, "10.")
        #expect(state.rules.selected?.id == 31)
    }
}
