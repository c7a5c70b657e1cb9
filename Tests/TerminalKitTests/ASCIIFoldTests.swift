import TerminalKit
import Testing

@Suite struct ASCIIFoldTests {
    /// A grid's bytes as UTF-8, row by row (continuation cells add nothing).
    static func bytes(_ grid: Grid) -> [UInt8] { grid.lines.flatMap { Array($0.utf8) } }

    @Test func theAppsGlyphsBecomeOneColumnLookAlikes() {
        var grid = Grid(width: 26, height: 1)
        grid.write("★✓✗│─┌┐└┘↑↓←→·●…—–“”×█⚠≥", x: 0, y: 0)
        #expect(grid.folded(to: .ascii).lines == [#"*+x|-++++^v<>.o~--""x#!>  "#])
    }

    @Test func lettersWithDiacriticsLoseThemAndKeepTheirColumns() {
        var grid = Grid(width: 12, height: 2)
        grid.write("São Paulo", x: 0, y: 0)
        grid.write("Sa\u{0303}o Åre Ø", x: 0, y: 1)  // a decomposed ã joins its base cell
        #expect(grid.folded(to: .ascii).lines == ["Sao Paulo   ", "Sao Are O   "])
    }

    @Test func wideCharactersBecomeOneQuestionMarkPerColumn() {
        var grid = Grid(width: 10, height: 1)
        grid.write("東京, JP", x: 0, y: 0)
        let folded = grid.folded(to: .ascii)
        #expect(folded.lines == ["????, JP  "])
        #expect(folded.cells.allSatisfy { !$0.isContinuation })
    }

    @Test func anythingElseIsAQuestionMark() {
        var grid = Grid(width: 6, height: 1)
        grid.write("æßΩЖ\u{FFFD}", x: 0, y: 0)
        #expect(grid.folded(to: .ascii).lines == ["????? "])
    }

    @Test func utf8LeavesTheGridAlone() {
        var grid = Grid(width: 8, height: 1)
        grid.write("★ 東京", x: 0, y: 0)
        #expect(grid.folded(to: .utf8) == grid)
    }

    @Test func stylesAndSizeAreKept() {
        var grid = Grid(width: 5, height: 2)
        grid.write("✓ 東", x: 0, y: 1, style: Style(role: .good, bold: true))
        let folded = grid.folded(to: .ascii)
        #expect(folded.width == 5 && folded.height == 2)
        #expect(folded.cells.map(\.style) == grid.cells.map(\.style))
    }

    /// Every scalar from Latin-1 to the astral planes, mixed with hostile ones, in grids of every width.
    @Test(arguments: [1, 2, 3, 7, 80])
    func neverWritesAByteAtOrAbove0x80AndKeepsEveryRowsColumns(width: Int) {
        var generator = SystemRandomNumberGenerator()
        let pool: [Unicode.Scalar] =
            (0x00...0x2FF).compactMap(Unicode.Scalar.init) + (0x2000...0x2BFF).compactMap(Unicode.Scalar.init)
            + (0x3000...0x30FF).compactMap(Unicode.Scalar.init) + (0x4E00...0x4E40).compactMap(Unicode.Scalar.init)
            + ["\u{202E}", "\u{200B}", "\u{FE0F}", "\u{1F600}", "\u{1B}", "\u{9B}", "\u{FFFD}", "\u{0301}"]
        for _ in 0..<200 {
            var grid = Grid(width: width, height: 3)
            for y in 0..<3 {
                let text = String(
                    String.UnicodeScalarView((0..<width * 2).map { _ in pool.randomElement(using: &generator)! }))
                grid.write(text, x: 0, y: y)
            }
            let folded = grid.folded(to: .ascii)
            #expect(Self.bytes(folded).allSatisfy { $0 >= 0x20 && $0 < 0x80 })
            #expect(folded.lines.allSatisfy { $0.utf8.count == width })
            #expect(folded.cells.allSatisfy { DisplayWidth.of($0.text) == 1 })
        }
    }

    @Test func foldingTextKeepsItsWidthAndLines() {
        let text = "★ #12  São Paulo\t東京 …\n✓ ok\u{0301}"
        let folded = ASCIIFold.fold(text)
        #expect(folded == "* #12  Sao Paulo\t???? ~\n+ ok")
        #expect(folded.utf8.allSatisfy { $0 < 0x80 })
        #expect(DisplayWidth.of(folded) == DisplayWidth.of(text))
    }
}
