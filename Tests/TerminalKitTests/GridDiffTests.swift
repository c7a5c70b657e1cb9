import TerminalKit
import Testing

@Suite struct GridDiffTests {
    @Test func anUnchangedGridHasNoChanges() {
        var grid = Grid(width: 10, height: 3)
        grid.write("hello", x: 0, y: 1)
        #expect(grid.diff(from: grid) == [])
    }

    @Test func changedCellsAreListedRowByRow() {
        var before = Grid(width: 6, height: 2)
        before.write("abc", x: 0, y: 0)
        var after = before
        after.write("x", x: 2, y: 0)
        after.write("yz", x: 4, y: 1, style: Style(role: .bad))
        #expect(after.diff(from: before) == [.init(x: 2, y: 0), .init(x: 4, y: 1), .init(x: 5, y: 1)])
    }

    @Test func aStyleChangeIsAChange() {
        var before = Grid(width: 3, height: 1)
        before.write("a", x: 0, y: 0)
        var after = Grid(width: 3, height: 1)
        after.write("a", x: 0, y: 0, style: Style(bold: true))
        #expect(after.diff(from: before) == [.init(x: 0, y: 0)])
    }

    @Test func aWideCharacterChangesBothItsCells() {
        let before = Grid(width: 4, height: 1)
        var after = before
        after.write("日", x: 1, y: 0)
        #expect(after.diff(from: before) == [.init(x: 1, y: 0), .init(x: 2, y: 0)])
    }

    @Test func anotherSizeMeansEverything() {
        #expect(Grid(width: 3, height: 1).diff(from: Grid(width: 4, height: 1)) == nil)
    }
}
