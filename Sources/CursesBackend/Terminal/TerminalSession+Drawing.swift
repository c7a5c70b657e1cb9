import CNcursesw
import TerminalKit

extension TerminalSession {
    /// Draws `grid` so that ncurses sends only the cells that changed (an unchanged grid costs 0 bytes):
    /// a full repaint is `werase` + every cell; after that, a grid of the same size writes only the cells that
    /// differ from the last one (the window already holds the rest), then `wnoutrefresh` + one `doupdate`.
    /// Cells outside the screen are cut off; continuation cells (right halves of wide characters) are skipped.
    public func present(_ grid: Grid) {
        guard state == .active, let window else {
            lastGrid = grid
            return
        }
        let rows = min(grid.height, Int(getmaxy(window)))
        let columns = min(grid.width, Int(getmaxx(window)))
        let previous = needsFullRepaint ? nil : lastGrid
        lastGrid = grid
        needsFullRepaint = false
        let attributes = attributeTable()
        if let previous, presentedArea == TerminalSize(width: columns, height: rows),
            let changed = grid.diff(from: previous)
        {
            for position in changed where position.x < columns && position.y < rows {
                draw(
                    grid[position.x, position.y], x: position.x, y: position.y, lastColumn: columns - 1,
                    attributes: attributes, in: window)
            }
        } else {
            _ = werase(window)
            for y in 0..<rows {
                for x in 0..<columns {
                    draw(grid[x, y], x: x, y: y, lastColumn: columns - 1, attributes: attributes, in: window)
                }
            }
        }
        presentedArea = TerminalSize(width: columns, height: rows)
        _ = wnoutrefresh(window)
        _ = doupdate()
    }

    private func draw(
        _ cell: Cell, x: Int, y: Int, lastColumn: Int, attributes: [attr_t], in window: UnsafeMutablePointer<WINDOW>
    ) {
        if cell.isContinuation { return }
        let buffer = wideBuffer
        var count = 0
        for scalar in cell.text.unicodeScalars {
            if count == CellText.maxScalars { break }
            buffer[count] = wchar_t(bitPattern: CellText.value(of: scalar))
            count += 1
        }
        if count == 0 || (x == lastColumn && CellText.columns(of: UInt32(bitPattern: buffer[0])) == 2) {
            buffer[0] = 0x20  // blank, or a wide character with no room for its right half
            count = 1
        }
        buffer[count] = 0
        let (pair, set) = palette.resolve(cell.style)
        var cchar = cchar_t()
        _ = setcchar(&cchar, buffer, attributes[Int(set.rawValue)], pair, nil)
        _ = mvwadd_wch(window, Int32(y), Int32(x), &cchar)
    }

    /// Repaints the whole screen from scratch (Ctrl-L, after a resume). The only place that clears.
    public func forceRedraw() {
        guard state == .active, let window else { return }
        _ = clearok(sg_curscr(), true)
        needsFullRepaint = true
        if let lastGrid {
            present(lastGrid)
        } else {
            _ = wnoutrefresh(window)
            _ = doupdate()
        }
    }

    /// Reads the real size with TIOCGWINSZ and, when it changed, tells ncurses (`resizeterm`).
    /// - Returns: the new size if it changed, nil otherwise.
    @discardableResult
    public func refreshSize() -> TerminalSize? {
        guard state == .active else { return nil }
        var rows: Int32 = 0
        var cols: Int32 = 0
        guard sg_winsize(STDOUT_FILENO, &rows, &cols) == 0, rows > 0, cols > 0 else { return nil }
        let measured = TerminalSize(width: Int(cols), height: Int(rows))
        let known = TerminalSize(width: Int(sg_cols()), height: Int(sg_lines()))
        guard measured != size || measured != known else { return nil }
        resize(to: measured)
        return measured
    }

    /// Tells ncurses the terminal now has this size.
    public func resize(to newSize: TerminalSize) {
        guard state == .active else { return }
        _ = resizeterm(Int32(clamping: newSize.height), Int32(clamping: newSize.width))
        needsFullRepaint = true
        size = TerminalSize(width: Int(sg_cols()), height: Int(sg_lines()))
    }

    /// ncurses attr_t for every combination of `CellAttributes` (16 entries).
    static func makeAttributeTable() -> [attr_t] {
        (0..<16).map { raw in
            let set = CellAttributes(rawValue: UInt8(raw))
            var value = sg_a_normal()
            if set.contains(.bold) { value |= sg_a_bold() }
            if set.contains(.reverse) { value |= sg_a_reverse() }
            if set.contains(.underline) { value |= sg_a_underline() }
            if set.contains(.dim) { value |= sg_a_dim() }
            return value
        }
    }
}
