extension Canvas {
    /// Every binding of the keymap, by scope, in columns wide enough to read; more than fits goes on further
    /// pages (j/k). Read-only mode shows only what is bound.
    mutating func helpOverlay(_ state: AppState, page: Int, width: Int, height: Int) {
        let layout = HelpLayout(state, width: width, height: height)
        let page = layout.clamped(page)
        let shown = Array(layout.entries(onPage: page))
        let usedRows = min(layout.rows, shown.count)
        let frame = Rect(
            x: (width - layout.boxWidth) / 2, y: 1, width: layout.boxWidth, height: min(height - 2, usedRows + 4))
        let title = state.isReadOnly ? "Keys — READ-ONLY: changes are disabled" : "Keys"
        box(
            frame, title: layout.pageCount > 1 ? "\(title) · page \(page + 1) of \(layout.pageCount)" : title,
            style: Theme.dialogBorder)
        let columnWidth = (layout.boxWidth - 2) / layout.columns
        for (i, entry) in shown.enumerated() {
            let x = frame.x + 2 + (i / layout.rows) * columnWidth
            let y = frame.y + 1 + i % layout.rows
            let limit = x + columnWidth - 2
            if entry.isHeading {
                grid.write(entry.label, x: x, y: y, style: Theme.paneTitle, limit: limit)
            } else {
                grid.write(TextLayout.fit(entry.label, to: 9), x: x, y: y, style: Theme.key, limit: limit)
                grid.write(
                    TextLayout.truncate(entry.help, to: max(0, limit - x - 10)), x: x + 10, y: y, style: Theme.text,
                    limit: limit)
            }
        }
        let closing =
            layout.pageCount > 1 ? "j/PgDn next page · k/PgUp previous · Esc, ? or q closes" : "Esc, ? or q closes"
        grid.write(closing, x: frame.x + 2, y: frame.maxY - 2, style: Theme.muted, limit: frame.maxX - 1)
    }
}
