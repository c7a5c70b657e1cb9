import AccessCore
import Testing

@testable import TerminalUI

/// Each list pane's title says which rows it shows of how many: "9–16 of 40", "… of 12 matching" under a filter,
/// nothing when every row fits. Snapshots at 80×24 under Snapshots/scroll-*.
@Suite struct ScrollPositionTests {
    static func rules(_ count: Int) -> [AllowRule] { Fixtures.rules + Fixtures.manyRules(count - Fixtures.rules.count) }

    static func state(rules count: Int, _ keys: Key...) -> AppState {
        var state = Fixtures.loaded(width: 80, height: 24, rules: rules(count))
        _ = reduce(&state, .tick(now: Fixtures.now + 30))
        for key in keys { press(&state, key) }
        return state
    }

    static func title(_ state: AppState) -> String { render(state, width: 80, height: 24).lines[2] }

    @Test func snapshots() throws {
        let cases: [(String, AppState)] = [
            ("scroll-15rules-80x24", Self.state(rules: 15)),
            ("scroll-40rules-80x24", Self.state(rules: 40)),
            ("scroll-40rules-pageDown-80x24", Self.state(rules: 40, .pageDown)),
            ("scroll-40rules-bottom-80x24", Self.state(rules: 40, .character("G"))),
            ("scroll-40rules-filterJump-80x24", Self.jumpedToMatch()),
            (
                "scroll-40rules-filtered-80x24",
                Self.state(
                    rules: 40, .character("/"), .character("#"), .character("1"), .character("0"), .enter,
                    .character("G"))
            ),
        ]
        for (name, state) in cases { try SnapshotTests.check(render(state, width: 80, height: 24), named: name) }
    }

    /// `/#1030`, Enter, Esc: the filter finds a rule far down; clearing it keeps that rule selected, so the full
    /// list scrolls to it and the title follows.
    static func jumpedToMatch() -> AppState {
        var state = Self.state(rules: 40, .character("/"))
        type(&state, "#1030")
        press(&state, .enter, .escape)
        return state
    }

    @Test func theTitleNamesTheRowsDrawn() {
        #expect(
            Self.title(Self.state(rules: 5)) == " 1 Allow list  5 rules · sort id ↑" + String(repeating: " ", count: 46)
        )
        #expect(Self.title(Self.state(rules: 15)).contains("15 rules · 1–8 of 15 · sort id ↑"))
        #expect(Self.title(Self.state(rules: 40, .pageDown)).contains("2–9 of 40"))
        #expect(
            Self.title(Self.state(rules: 40, .pageDown, .pageDown, .pageDown)).contains("18–25 of 40"),
            "the cursor on row 25, the last shown")
        #expect(Self.title(Self.state(rules: 40, .character("G"))).contains("33–40 of 40"))
        let jumped = Self.jumpedToMatch()
        #expect(jumped.rules.selected?.id == 1030 && jumped.rules.filter.isEmpty)
        let lines = render(jumped, width: 80, height: 24).lines
        #expect(lines[2].contains("29–36 of 40"))
        #expect(lines[4].contains("#1023") && lines[11].contains("#1030"), "rows 29 and 36 are the ones drawn")
    }

    @Test func underAFilterTheCountIsOfTheMatches() {
        var state = Self.state(rules: 40, .character("/"))
        type(&state, "#10")
        #expect(Self.title(state).contains("40 rules · 1–8 of 35 matching · filter “#10”"))
        type(&state, "3")
        #expect(Self.title(state).contains("40 rules · 5 matching · filter"), "all five fit: no range")
    }

    @Test func theAttemptsPaneCountsBlockedOnlyAsAFilter() {
        var state = Fixtures.loaded(width: 80, height: 24)
        press(&state, .character("2"), .character("b"))
        let title = render(state, width: 80, height: 24).lines[12]
        #expect(title.contains("5 recent · 2 blocked · 2 matching · blocked only"), "\(title)")
    }
}
