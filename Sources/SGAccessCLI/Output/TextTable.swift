import TerminalKit

/// A plain-text table with columns aligned in terminal columns (not `String.count`), two spaces between
/// columns, no trailing spaces. Cells are sanitised here, so callers may pass API text as-is.
public struct TextTable: Sendable {
    public struct Column: Sendable {
        public var title: String
        public var rightAligned: Bool
        /// Longer cells are cut with "…" to this many columns.
        public var maxColumns: Int

        public init(_ title: String, rightAligned: Bool = false, maxColumns: Int = 60) {
            self.title = title
            self.rightAligned = rightAligned
            self.maxColumns = maxColumns
        }
    }

    public var columns: [Column]
    public var rows: [[String]] = []

    public init(columns: [Column]) {
        self.columns = columns
    }

    public mutating func append(_ row: [String]) {
        rows.append(row)
    }

    /// Header line, then one line per row. Linear in the cells: each cell is cleaned and measured once.
    public var lines: [String] {
        let cells = ([columns.map(\.title)] + rows).map { row in
            columns.indices.map { i in
                Sanitizer.clean(i < row.count ? row[i] : "", maxColumns: columns[i].maxColumns)
            }
        }
        let cellWidths = cells.map { $0.map(DisplayWidth.of) }
        let widths = columns.indices.map { i in cellWidths.map { $0[i] }.max() ?? 0 }
        return zip(cells, cellWidths).map { row, rowWidths in line(row, cellWidths: rowWidths, columnWidths: widths) }
    }

    /// Every cell fits its column (a column is as wide as its widest cleaned cell), so it only needs padding.
    private func line(_ row: [String], cellWidths: [Int], columnWidths: [Int]) -> String {
        var line = ""
        for i in columns.indices {
            if i > 0 { line += "  " }
            let pad = String(repeating: " ", count: columnWidths[i] - cellWidths[i])
            line += columns[i].rightAligned ? pad + row[i] : row[i] + pad
        }
        while line.last == " " { line.removeLast() }
        return line
    }

    public var rendered: String { lines.joined(separator: "\n") }
}
