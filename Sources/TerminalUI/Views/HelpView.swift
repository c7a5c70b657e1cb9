extension Canvas {
    /// Every binding of the keymap, by scope, in two columns; read-only mode shows only what is bound.
    mutating func helpOverlay(_ state: AppState, width: Int, height: Int) {
        var entries: [(String, String, Bool)] = []  // label, help, isHeading
        for scope in [Scope.global, .rules, .attempts, .confirm, .input] {
            let bindings = state.keymap.bindings(in: scope)
            guard !bindings.isEmpty else { continue }
            entries.append((scope.title, "", true))
            entries += bindings.map { ($0.label, $0.help, false) }
        }
        let boxWidth = min(width - 2, 110)
        let rows = max(1, height - 5)
        let columns = min(3, (entries.count + rows - 1) / rows)
        let frame = Rect(
            x: (width - boxWidth) / 2, y: 1, width: boxWidth,
            height: min(height - 2, (entries.count + columns - 1) / columns + 3))
        box(
            frame, title: state.isReadOnly ? "Keys — READ-ONLY: changes are disabled" : "Keys",
            style: Theme.dialogBorder)
        let inner = frame.height - 3
        let columnWidth = (boxWidth - 2) / columns
        for (i, entry) in entries.enumerated() {
            let column = i / max(1, inner)
            guard column < columns else { break }
            let x = frame.x + 2 + column * columnWidth
            let y = frame.y + 1 + i % max(1, inner)
            let limit = x + columnWidth - 2
            if entry.2 {
                grid.write(entry.0, x: x, y: y, style: Theme.paneTitle, limit: limit)
            } else {
                grid.write(TextLayout.fit(entry.0, to: 9), x: x, y: y, style: Theme.key, limit: limit)
                grid.write(
                    TextLayout.truncate(entry.1, to: max(0, limit - x - 10)), x: x + 10, y: y, style: Theme.text,
                    limit: limit)
            }
        }
        grid.write("Esc, ? or q closes", x: frame.x + 2, y: frame.maxY - 2, style: Theme.muted, limit: frame.maxX - 1)
    }
}
