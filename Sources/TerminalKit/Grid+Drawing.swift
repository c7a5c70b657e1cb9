extension Grid {
    /// Writes `text` at column `x` of row `y`, stopping before column `limit` (default: the grid's width).
    /// Columns are display columns: a wide character fills its cell and an empty continuation cell; a wide
    /// character that does not fit whole is drawn as a space; zero-width scalars join the previous cell.
    /// Controls that slipped past the sanitiser are drawn as its placeholder. Returns the column after the text.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let end = min(limit ?? width, width)
        var col = x
        var lastCell = -1
        for var scalar in text.unicodeScalars {
            if Sanitizer.isHostile(scalar) { scalar = Sanitizer.placeholder }
            let w = DisplayWidth.of(scalar)
            if w == 0 {
                if lastCell >= 0 { cells[y * width + lastCell].text.unicodeScalars.append(scalar) }
                continue
            }
            if col >= end { break }
            if col < 0 { col += w; continue }
            if w == 2 && col + 1 >= end {
                put(Cell(text: " ", style: style), x: col, y: y)
                col += 1
                break
            }
            put(Cell(text: String(scalar), style: style), x: col, y: y)
            lastCell = col
            if w == 2 { put(Cell(text: "", style: style), x: col + 1, y: y) }
            col += w
        }
        return col
    }

    /// Sets columns `from..<to` of row `y` to `character` in `style`.
    public mutating func fill(y: Int, from: Int = 0, to: Int? = nil, character: String = " ", style: Style = .plain) {
        guard y >= 0, y < height else { return }
        let stop = min(to ?? width, width)
        var col = max(0, from)
        while col < stop {
            put(Cell(text: character, style: style), x: col, y: y)
            col += 1
        }
    }

    /// Fills a rectangle with blanks in `style`.
    public mutating func clear(x: Int, y: Int, width w: Int, height h: Int, style: Style = .plain) {
        for row in max(0, y)..<min(height, y + h) { fill(y: row, from: x, to: x + w, style: style) }
    }

    /// Changes the style of columns `from..<to` of row `y`, keeping the text.
    public mutating func restyle(y: Int, from: Int, to: Int, _ change: (inout Style) -> Void) {
        guard y >= 0, y < height else { return }
        for col in max(0, from)..<min(to, width) { change(&cells[y * width + col].style) }
    }

    /// Stores one cell, repairing any wide character it splits (its other half becomes a space).
    mutating func put(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let index = y * width + x
        let old = cells[index]
        if old.isContinuation && !cell.isContinuation && x > 0 {
            cells[index - 1].text = " "
        } else if !old.isContinuation && x + 1 < width && cells[index + 1].isContinuation
            && DisplayWidth.of(cell.text) < 2
        {
            cells[index + 1].text = " "
        }
        cells[index] = cell
    }
}
