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

    /// Header line, then one line per row.
    public var lines: [String] {
        let cells = ([columns.map(\.title)] + rows).map { row in
            columns.indices.map { i in
                Sanitizer.clean(i < row.count ? row[i] : "", maxColumns: columns[i].maxColumns)
            }
        }
        let widths = columns.indices.map { i in cells.map { DisplayWidth.of($0[i]) }.max() ?? 0 }
        return cells.map { row in
            let padded = columns.indices.map { i in
                TextLayout.fit(row[i], to: widths[i], align: columns[i].rightAligned ? .right : .left)
            }
            var line = padded.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    public var rendered: String { lines.joined(separator: "\n") }
}
