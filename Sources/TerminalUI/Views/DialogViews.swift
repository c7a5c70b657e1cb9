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
                "Esc cancels · Enter with anything else cancels", x: rect.x + 2, y: y + 1, style: Theme.muted,
                limit: rect.maxX - 2)
        } else {
            let end = grid.write("[ Cancel ]", x: rect.x + 2, y: y, style: Theme.selected)
            grid.write("  Enter/Esc cancel · y confirms", x: end, y: y, style: Theme.muted, limit: rect.maxX - 2)
        }
    }

    /// The `n` dialog: the text being typed and every entry's live verdict.
    mutating func addDialog(_ input: AddInput, state: AppState, width: Int, height: Int) {
        let boxWidth = min(width - 4, 84)
        let results = input.parsed
        let shown = min(results.count, max(0, height - 10))
        let rect = Rect(x: (width - boxWidth) / 2, y: 3, width: boxWidth, height: min(height - 4, 6 + max(1, shown)))
        box(rect, title: "Add to the allow list", style: Theme.dialogBorder)
        let end = grid.write("> " + input.text, x: rect.x + 2, y: rect.y + 1, style: Theme.text, limit: rect.maxX - 3)
        grid.write("█", x: end, y: rect.y + 1, style: Theme.muted, limit: rect.maxX - 2)
        if results.isEmpty {
            grid.write(
                "Addresses, CIDRs or 203.0.113.* wildcards; several separated by spaces or commas.",
                x: rect.x + 2, y: rect.y + 3, style: Theme.muted, limit: rect.maxX - 2)
        }
        for (i, result) in results.prefix(shown).enumerated() {
            let line: String, style: Style
            switch result {
            case .success(let entry):
                let normalised = entry.input == entry.range.description ? "" : " → \(entry.range)"
                line =
                    "✓ \(entry.input)\(normalised) (\(entry.range.sizeDescription) address\(entry.range.isSingleHost ? "" : "es"))"
                    + (entry.warning.map { " — " + $0.message } ?? "")
                style = entry.warning == nil ? Theme.good : Theme.warning
            case .failure(let error):
                line = "✗ \(error.message)"
                style = Theme.bad
            }
            grid.write(
                TextLayout.truncate(line, to: boxWidth - 4), x: rect.x + 2, y: rect.y + 3 + i, style: style,
                limit: rect.maxX - 2)
        }
        let count = input.ranges?.count ?? 0
        let status = count > 0 ? "Enter adds \(count) range\(count == 1 ? "" : "s") · Esc cancels" : "Esc cancels"
        grid.write(status, x: rect.x + 2, y: rect.maxY - 2, style: Theme.muted, limit: rect.maxX - 2)
    }
}
