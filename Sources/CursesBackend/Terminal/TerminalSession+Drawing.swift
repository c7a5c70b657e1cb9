import CNcursesw
import TerminalUI

extension TerminalSession {
    /// Draws `grid` with `werase` + cells + `wnoutrefresh` + one `doupdate`, so ncurses sends only the cells
    /// that changed (an unchanged grid costs 0 bytes). Cells outside the screen are cut off; continuation cells
    /// (right halves of wide characters) are skipped.
    public func present(_ grid: Grid) {
        lastGrid = grid
        guard state == .active, let window else { return }
        _ = werase(window)
        let rows = min(grid.height, Int(getmaxy(window)))
        let columns = min(grid.width, Int(getmaxx(window)))
        let attributeTable = makeAttributeTable()
        var cchar = cchar_t()
        var wide: [wchar_t] = Array(repeating: 0, count: CellText.maxScalars + 1)
        for y in 0..<rows {
            for x in 0..<columns {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                var scalars = CellText.scalars(of: cell.text)
                if x == columns - 1, CellText.columns(of: scalars[0]) == 2 { scalars = [0x20] }
                for index in 0..<wide.count { wide[index] = index < scalars.count ? wchar_t(bitPattern: scalars[index]) : 0 }
                let (pair, attributes) = palette.resolve(cell.style)
                _ = setcchar(&cchar, wide, attributeTable[Int(attributes.rawValue)], pair, nil)
                _ = mvwadd_wch(window, Int32(y), Int32(x), &cchar)
            }
        }
        _ = wnoutrefresh(window)
        _ = doupdate()
    }

    /// Repaints the whole screen from scratch (Ctrl-L, after a resume). The only place that clears.
    public func forceRedraw() {
        guard state == .active, let window else { return }
        _ = clearok(sg_curscr(), true)
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
        size = TerminalSize(width: Int(sg_cols()), height: Int(sg_lines()))
    }

    /// ncurses attr_t for every combination of `CellAttributes` (16 entries).
    private func makeAttributeTable() -> [attr_t] {
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
