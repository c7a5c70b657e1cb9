import AccessCore

extension Canvas {
    /// A confirmation: what, the consequence, warnings, the API call and how to confirm; Cancel is the default.
    mutating func confirmDialog(_ dialog: ConfirmDialog, width: Int, height: Int) {
        let boxWidth = min(width - 4, 84)
        let textWidth = boxWidth - 4
        var body: [(String, Style)] = []
        for (i, line) in dialog.lines.enumerated() {
            let style = i == 0 ? Theme.text : Theme.warning
            body += Canvas.wrap(line, width: textWidth).map { ($0, style) }
        }
        body.append(("", Theme.text))
        body += Canvas.wrap("API: \(dialog.apiCall)", width: textWidth).map { ($0, Theme.muted) }
        body.append(("", Theme.text))
        body += Canvas.noteLines(dialog, width: textWidth)
        // The prompt is never cut: it wraps, and the body gives up lines first when the screen is short.
        var prompt: [(String, Style)] = []
        if let typed = dialog.typed {
            prompt = Canvas.wrap(
                "Type \(typed.expected) and press Enter (required because \(typed.reason)).", width: textWidth
            )
            .map { ($0, Theme.danger) }
        }
        // Typed: prompt, input, hint; plain: the Cancel button and a blank line under it. Two rows of border.
        let promptRows = dialog.typed == nil ? 2 : prompt.count + 2
        let boxHeight = min(height - 2, body.count + promptRows + 2)
        let bodyRows = max(0, boxHeight - promptRows - 2)
        if body.count > bodyRows, bodyRows > 0 {
            body =
                Array(body.prefix(bodyRows - 1)) + [
                    ("… (more above the API line; widen the window to read it all)", Theme.muted)
                ]
        }
        let rect = Rect(
            x: (width - boxWidth) / 2, y: max(1, (height - boxHeight) / 2), width: boxWidth, height: boxHeight)
        let danger = dialog.typed != nil
        box(
            rect, title: danger ? "⚠ \(dialog.title) — type to confirm" : dialog.title,
            style: danger ? Theme.dangerBorder : Theme.dialogBorder)
        for (i, line) in body.prefix(bodyRows).enumerated() {
            grid.write(line.0, x: rect.x + 2, y: rect.y + 1 + i, style: line.1, limit: rect.maxX - 2)
        }
        var y = rect.maxY - 1 - promptRows
        if let typed = dialog.typed {
            for line in prompt {
                grid.write(line.0, x: rect.x + 2, y: y, style: line.1, limit: rect.maxX - 2)
                y += 1
            }
            let end = grid.write("> " + typed.entered, x: rect.x + 2, y: y, style: Theme.text, limit: rect.maxX - 3)
            grid.write("█", x: end, y: y, style: Theme.muted, limit: rect.maxX - 2)
            grid.write(
                "Esc cancels · Enter with anything else cancels" + (dialog.note == nil ? "" : " · Tab: note"),
                x: rect.x + 2, y: y + 1, style: Theme.muted, limit: rect.maxX - 2)
        } else if dialog.note?.editing == true {
            grid.write(
                "Typing the note: Enter keeps it (it does not confirm) · Esc drops it", x: rect.x + 2, y: y,
                style: Theme.muted, limit: rect.maxX - 2)
        } else {
            let end = grid.write("[ Cancel ]", x: rect.x + 2, y: y, style: Theme.selected)
            let hint = dialog.note == nil ? "" : " · N note"
            grid.write(
                "  Enter/Esc cancel · y confirms" + hint, x: end, y: y, style: Theme.muted, limit: rect.maxX - 2)
        }
    }
}
