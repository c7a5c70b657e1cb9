/// Drawing helpers over a grid: segments with separators, boxes and word wrapping, all by display columns.
struct Canvas {
    var grid: Grid

    /// Writes styled segments from `x` on row `y`, cutting at `limit` with `…`.
    mutating func segments(_ parts: [(String, Style)], x: Int, y: Int, limit: Int) {
        var col = x
        for (text, style) in parts {
            guard col < limit else { return }
            let room = limit - col
            let piece = DisplayWidth.of(text) > room ? TextLayout.truncate(text, to: room) : text
            col = grid.write(piece, x: col, y: y, style: style, limit: limit)
        }
    }

    /// A box with a title in its top border; the inside is cleared.
    mutating func box(_ rect: Rect, title: String, style: Style) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        grid.clear(x: rect.x, y: rect.y, width: rect.width, height: rect.height)
        grid.fill(y: rect.y, from: rect.x + 1, to: rect.maxX - 1, character: "─", style: style)
        grid.fill(y: rect.maxY - 1, from: rect.x + 1, to: rect.maxX - 1, character: "─", style: style)
        for row in rect.y + 1..<rect.maxY - 1 {
            grid[rect.x, row] = Cell(text: "│", style: style)
            grid[rect.maxX - 1, row] = Cell(text: "│", style: style)
        }
        grid[rect.x, rect.y] = Cell(text: "┌", style: style)
        grid[rect.maxX - 1, rect.y] = Cell(text: "┐", style: style)
        grid[rect.x, rect.maxY - 1] = Cell(text: "└", style: style)
        grid[rect.maxX - 1, rect.maxY - 1] = Cell(text: "┘", style: style)
        if !title.isEmpty {
            grid.write(
                " \(TextLayout.truncate(title, to: rect.width - 6)) ", x: rect.x + 2, y: rect.y, style: style,
                limit: rect.maxX - 2)
        }
    }

    /// Splits `text` into lines of at most `width` columns, at spaces where possible.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let w = DisplayWidth.of(word)
            if used > 0 && used + 1 + w > width {
                lines.append(line)
                line = ""; used = 0
            }
            if w > width {
                lines.append(TextLayout.truncate(word, to: width))
                continue
            }
            if used > 0 { line += " "; used += 1 }
            line += word; used += w
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
