extension Canvas {
    /// The `c` overlay: every account the app was given, each in its own accent, the current one marked in words,
    /// the cursor as `▸` and reverse video.
    mutating func accountPicker(_ picker: AccountPicker, width: Int, height: Int) {
        let boxWidth = min(width - 4, 84)
        let lonely = picker.choices.count == 1
        let rows = min(picker.choices.count, max(1, height - 10))
        let boxHeight = min(height - 2, rows + (lonely ? 6 : 4))
        let rect = Rect(x: (width - boxWidth) / 2, y: 3, width: boxWidth, height: boxHeight)
        box(rect, title: "Switch account", style: Theme.dialogBorder)
        let shown = max(1, min(rows, rect.height - 4))
        let first = max(0, picker.cursor - shown + 1)
        for (i, index) in (first..<min(picker.choices.count, first + shown)).enumerated() {
            accountRow(picker, index: index, x: rect.x + 2, y: rect.y + 1 + i, limit: rect.maxX - 2)
        }
        if lonely {
            let note = "No other accounts: profiles and their subusers from the config file are listed here."
            for (i, line) in Canvas.wrap(note, width: boxWidth - 4).prefix(2).enumerated() {
                grid.write(line, x: rect.x + 2, y: rect.y + 2 + i, style: Theme.muted, limit: rect.maxX - 2)
            }
        }
        grid.write(
            "j/k move · Enter switches (lists reload) · Esc stays", x: rect.x + 2, y: rect.maxY - 2,
            style: Theme.muted, limit: rect.maxX - 2)
    }

    /// "▸ profile prod · subuser sub1 · eu   (current)".
    private mutating func accountRow(_ picker: AccountPicker, index: Int, x: Int, y: Int, limit: Int) {
        let choice = picker.choices[index]
        let selected = index == picker.cursor
        var style = Theme.account(choice.accent)
        style.reverse = selected
        let suffix = index == picker.current ? "  (current)" : ""
        let room = max(0, limit - x - 2 - DisplayWidth.of(suffix))
        var col = grid.write(selected ? "▸ " : "  ", x: x, y: y, style: selected ? Theme.key : Theme.text)
        col = grid.write(TextLayout.truncate(choice.label, to: room), x: col, y: y, style: style, limit: limit)
        grid.write(suffix, x: col, y: y, style: Theme.muted, limit: limit)
    }
}
