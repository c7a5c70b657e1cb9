import Testing

@testable import TerminalUI

@Suite struct GridTests {
    @Test func wideCharactersUseAContinuationCell() {
        var grid = Grid(width: 6, height: 1)
        let end = grid.write("a日b", x: 0, y: 0)
        #expect(end == 4)
        #expect(grid[1, 0].text == "日" && grid[2, 0].isContinuation)
        #expect(grid.lines == ["a日b  "])
    }

    @Test func wideCharacterThatDoesNotFitBecomesASpace() {
        var grid = Grid(width: 3, height: 1)
        grid.write("ab日", x: 0, y: 0)
        #expect(grid.lines == ["ab "])
        #expect(grid.cells.allSatisfy { !$0.isContinuation })
    }

    @Test func overwritingHalfAWideCharacterRepairsTheOtherHalf() {
        var grid = Grid(width: 4, height: 1)
        grid.write("日本", x: 0, y: 0)
        grid.write("x", x: 1, y: 0)
        #expect(grid.lines == [" x本"])
        grid.write("y", x: 2, y: 0)
        #expect(grid.lines == [" xy "])
        #expect(grid.cells.allSatisfy { !$0.isContinuation })
    }

    @Test func combiningMarksJoinThePreviousCell() {
        var grid = Grid(width: 4, height: 1)
        let end = grid.write("e\u{301}x", x: 0, y: 0)
        #expect(end == 2)
        #expect(grid[0, 0].text == "e\u{301}")
    }

    @Test func controlsAreNeverWritten() {
        var grid = Grid(width: 10, height: 1)
        grid.write("a\u{1B}[2J\r\u{0}", x: 0, y: 0)
        #expect(grid.lines == ["a\u{FFFD}[2J\u{FFFD}\u{FFFD}   "])
    }

    @Test func writesAreClippedToTheLimit() {
        var grid = Grid(width: 10, height: 2)
        grid.write("abcdefgh", x: 2, y: 1, limit: 5)
        #expect(grid.lines[1] == "  abc     ")
        grid.write("zz", x: 0, y: 5)
        grid.write("zz", x: -1, y: 0)
        #expect(grid.lines[0] == "z         ")
    }
}

@Suite struct TimeFormatTests {
    @Test func coarseAges() {
        #expect(TimeFormat.age(0) == "now")
        #expect(TimeFormat.age(59) == "now")
        #expect(TimeFormat.age(240) == "4m")
        #expect(TimeFormat.age(3 * 3600 + 59) == "3h")
        #expect(TimeFormat.age(2 * 86_400) == "2d")
        #expect(TimeFormat.ago(10) == "just now")
        #expect(TimeFormat.ago(180) == "3m ago")
    }

    @Test func utcWithoutTheCLibrary() {
        #expect(TimeFormat.utc(0) == "1970-01-01 00:00 UTC")
        #expect(TimeFormat.utc(1_714_564_800) == "2024-05-01 12:00 UTC")
        #expect(TimeFormat.utc(951_825_600) == "2000-02-29 12:00 UTC")
        #expect(TimeFormat.utc(-1) == "1969-12-31 23:59 UTC")
    }
}
