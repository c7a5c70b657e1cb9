import AccessCore
import Testing

@testable import TerminalUI

/// Key styles of the rendered screens: meaning is carried by glyphs and attributes, never colour alone.
@Suite struct RenderStyleTests {
    /// Column and row of the first cell of `text`, searching rows from `fromRow` down.
    func find(_ grid: Grid, _ text: String, fromRow: Int = 0) -> (x: Int, y: Int)? {
        for (y, line) in grid.lines.enumerated() where y >= fromRow {
            guard let range = line.range(of: text) else { continue }
            var x = 0
            var column = 0
            let prefix = line[..<range.lowerBound]
            // `lines` skips continuation cells, so count characters over non-continuation cells.
            while x < grid.width {
                if !grid[x, y].isContinuation {
                    if column == prefix.count { break }
                    column += 1
                }
                x += 1
            }
            return (x, y)
        }
        return nil
    }

    @Test func myIPRuleIsMarkedWithGlyphAndBold() throws {
        var state = Fixtures.loaded()
        press(&state, .down)  // select #15, so #12 is drawn unselected
        let grid = render(state, width: 80, height: 24)
        let at = try #require(find(grid, "#12", fromRow: 2))
        #expect(grid[2, at.y].text == "★")
        #expect(grid[at.x, at.y].style.bold)
        #expect(grid[at.x, at.y].style.role == .mine)
        let selected = try #require(find(grid, "#15"))
        #expect(grid[selected.x, selected.y].style.reverse, "the selected row of the focused pane is reversed")
        let other = try #require(find(grid, "#21"))
        #expect(!grid[other.x, other.y].style.bold && !grid[other.x, other.y].style.reverse)
    }

    @Test func selectedMyIPRuleIsBoldAndReverse() throws {
        let grid = render(Fixtures.loaded(), width: 80, height: 24)
        let at = try #require(find(grid, "#12", fromRow: 2))
        #expect(grid[at.x, at.y].style.bold && grid[at.x, at.y].style.reverse)
    }

    @Test func blockedStatusIsTextAndBold() throws {
        let grid = render(Fixtures.loaded(), width: 120, height: 40)
        let selected = try #require(find(grid, "✗ blocked"))
        let at = try #require(find(grid, "✗ blocked", fromRow: selected.y + 1), "an unselected blocked row")
        #expect(grid[at.x, at.y].style.role == .bad && grid[at.x, at.y].style.bold)
        let mine = try #require(find(grid, "203.0.113.10    "))
        #expect(grid[mine.x - 25, mine.y].text == "★")
    }

    @Test func focusedPaneTitleIsReversed() throws {
        let grid = render(Fixtures.loaded(), width: 80, height: 24)
        let rules = try #require(find(grid, "1 Allow list"))
        let attempts = try #require(find(grid, "2 Attempts"))
        #expect(grid[rules.x, rules.y].style.reverse)
        #expect(!grid[attempts.x, attempts.y].style.reverse)
    }

    @Test func readOnlyIsPermanentAndReversed() throws {
        var state = Fixtures.loaded(readOnly: true)
        for key in [Key.character("2"), .character("?"), .escape, .character("/"), .character("x")] {
            press(&state, key)
            let grid = render(state, width: 80, height: 24)
            let at = try #require(find(grid, "READ-ONLY"))
            #expect(grid[at.x, at.y].style.reverse && grid[at.x, at.y].style.bold)
        }
        let hints = render(Fixtures.loaded(readOnly: true), width: 80, height: 24).lines[23]
        #expect(!hints.contains("remove") && !hints.contains("add"))
    }

    @Test func confirmDefaultsToCancel() throws {
        var state = Fixtures.loaded()
        select(&state, ip: "192.0.2.7/32")
        press(&state, .character("d"))
        let grid = render(state, width: 80, height: 24)
        let cancel = try #require(find(grid, "[ Cancel ]"))
        #expect(grid[cancel.x, cancel.y].style.reverse)
        #expect(find(grid, "DELETE /v3/access_settings/whitelist/21") != nil)
    }

    @Test func lockoutConfirmIsDangerStyled() throws {
        var state = Fixtures.loaded()
        press(&state, .character("d"))
        let grid = render(state, width: 120, height: 40)
        let title = try #require(find(grid, "⚠ Remove rule"))
        #expect(grid[title.x, title.y].style.role == .danger)
        #expect(find(grid, "Type 203.0.113.10 and press Enter") != nil)
    }

    @Test func apiErrorShowsCountdownAndDimsStaleRows() throws {
        var state = Fixtures.loaded(pollInterval: 8)  // the first retry comes one interval after the failure
        _ = reduce(&state, .pollFailed(FailureInfo(message: "x", isTransient: true), now: Fixtures.now + 100))
        var grid = render(state, width: 80, height: 24)
        let at = try #require(find(grid, "API unreachable — retrying in 8s"))
        #expect(grid[at.x, at.y].style.role == .bad)
        let row = try #require(find(grid, "#21"))
        #expect(grid[row.x, row.y].style.dim)
        _ = reduce(&state, .tick(now: Fixtures.now + 105))
        grid = render(state, width: 80, height: 24)
        #expect(find(grid, "retrying in 3s") != nil)
    }

    @Test func onlyTheHeaderCountsSecondsTheRowAgesChangeAtMostOncePerMinute() {
        var state = Fixtures.loaded()
        _ = reduce(&state, .tick(now: Fixtures.now + 1))
        var previous = render(state, width: 80, height: 24).lines
        var changes = Array(repeating: 0, count: previous.count)
        for second in 2...60 {
            _ = reduce(&state, .tick(now: Fixtures.now + Int64(second)))
            let lines = render(state, width: 80, height: 24).lines
            for (i, line) in lines.enumerated() where line != previous[i] { changes[i] += 1 }
            previous = lines
        }
        #expect(
            changes.dropFirst().allSatisfy { $0 <= 1 }, "every other line changes at most once a minute: \(changes)")
        #expect(changes[0] == 59 && previous[0].contains("updated 1m ago"), "2s ago … 59s ago, then 1m ago")
    }

    @Test func theSelectedAttemptKeepsTheSelectionStyleAcrossItsStatusWhenUnfocused() throws {
        let grid = render(Fixtures.loaded(), width: 80, height: 24)  // the rules pane has the focus
        let selected = try #require(find(grid, "✗ blocked", fromRow: 12))
        let address = try #require(find(grid, "192.0.2.99", fromRow: 12))
        #expect(selected.y == address.y, "the first attempt row is the selected one")
        #expect(grid[selected.x, selected.y].style == grid[address.x, address.y].style)
        #expect(grid[selected.x, selected.y].style.role == .selection)
        let other = try #require(find(grid, "✗ blocked", fromRow: selected.y + 1))
        #expect(grid[other.x, other.y].style.role == .bad, "unselected rows keep the status colour")
    }

    @Test func tooSmallSaysWhatItNeeds() {
        let grid = render(Fixtures.loaded(), width: 60, height: 20)
        #expect(grid.lines.contains { $0.contains("terminal too small: have 60×20, need 80×24") })
    }

    @Test func hostileAPITextIsNeutralisedOnScreen() {
        let hostile = AccessAttempt(
            ip: "198.51.100.1", allowed: false, authMethod: "basic\u{0}\u{7}",
            location: "\u{1B}]52;c;ZXZpbA==\u{7}\u{202E}gpj.exe\u{200B}\r\n", firstAt: Fixtures.now,
            lastAt: Fixtures.now)
        var state = Fixtures.loaded(attempts: [hostile])
        press(&state, .character("2"), .enter)
        let grid = render(state, width: 120, height: 40)
        for cell in grid.cells {
            #expect(!cell.text.unicodeScalars.contains { Sanitizer.isHostile($0) })
        }
    }
}
