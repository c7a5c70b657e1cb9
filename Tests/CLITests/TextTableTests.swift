import TerminalKit
import Testing

@testable import SGAccessCLI

/// `TextTable` measures each cell once; its lines are the ones fitting every cell with `TextLayout.fit` gives.
@Suite struct TextTableTests {
    @Test(arguments: 0..<20)
    func linesMatchFittingEveryCell(seed: Int) {
        var rng = SplitMix(seed: UInt64(500 + seed))
        let columns: [TextTable.Column] = [
            .init("ID", rightAligned: true), .init("RULE", maxColumns: 12),
            .init("東京", rightAligned: true, maxColumns: 3),
            .init("LAST"),
        ]
        var table = TextTable(columns: columns)
        for _ in 0..<Int.random(in: 0...25, using: &rng) {
            table.append((0..<Int.random(in: 0...5, using: &rng)).map { _ in HostileLists.text(using: &rng) })
        }
        #expect(table.lines == Self.fittingEveryCell(table))
        #expect(table.lines.allSatisfy { !$0.hasSuffix(" ") })
    }

    /// The table as it was drawn before: each cleaned cell through `TextLayout.fit`.
    static func fittingEveryCell(_ table: TextTable) -> [String] {
        let columns = table.columns
        let cells = ([columns.map(\.title)] + table.rows).map { row in
            columns.indices.map { i in
                Sanitizer.clean(i < row.count ? row[i] : "", maxColumns: columns[i].maxColumns)
            }
        }
        let widths = columns.indices.map { i in cells.map { DisplayWidth.of($0[i]) }.max() ?? 0 }
        return cells.map { row in
            var line = columns.indices.map { i in
                TextLayout.fit(row[i], to: widths[i], align: columns[i].rightAligned ? .right : .left)
            }
            .joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
