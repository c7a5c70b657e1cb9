/// Draws the state into a `width`×`height` grid. Pure: the same state and size always give the same grid, and
/// only visible rows are touched, so the cost does not grow with the list. A long flash takes two rows
/// (`Flash.lines(width:)`) and the panes one row less.
public func render(_ given: AppState, width: Int, height: Int) -> Grid {
    var state = given
    // At this size, with a two-row flash shrinking the panes by a row, each list's cursor stays in view.
    state.setSize(width: width, height: height)
    var canvas = Canvas(grid: Grid(width: width, height: height))
    let layout = state.layout
    if layout.isTooSmall {
        canvas.tooSmall(width: width, height: height)
        return canvas.grid
    }
    canvas.header(state, rect: layout.header)
    if let rect = layout.rules { canvas.rulesPane(state, rect: rect) }
    if let rect = layout.attempts { canvas.attemptsPane(state, rect: rect) }
    if let rules = layout.rules, let attempts = layout.attempts, rules.y == attempts.y {
        for row in rules.y..<rules.maxY { canvas.grid[rules.maxX, row] = Cell(text: "│", style: Theme.border) }
    }
    if let rect = layout.detail { canvas.detailPane(state, rect: rect) }
    canvas.footer(state, rect: layout.footer)
    switch state.overlay {
    case .help(let page): canvas.helpOverlay(state, page: page, width: width, height: height)
    case .confirm(let dialog): canvas.confirmDialog(dialog, width: width, height: height)
    case .add(let input): canvas.addDialog(input, state: state, width: width, height: height)
    case .accounts(let picker): canvas.accountPicker(picker, width: width, height: height)
    case .dismiss(let input): canvas.dismissPrompt(input, width: width, height: height)
    case .journal(let view): canvas.journalOverlay(view, state: state, width: width, height: height)
    case .note(let prompt): canvas.notePrompt(prompt, width: width, height: height)
    case .filter, nil: break
    }
    return canvas.grid
}

extension Canvas {
    mutating func tooSmall(width: Int, height: Int) {
        let lines = [
            "terminal too small: have \(width)×\(height), need \(Layout.minWidth)×\(Layout.minHeight)",
            "enlarge the window, or press q to quit",
        ]
        let top = max(0, height / 2 - 1)
        for (i, line) in lines.enumerated() {
            let text = TextLayout.truncate(line, to: width)
            let x = max(0, (width - DisplayWidth.of(text)) / 2)
            grid.write(text, x: x, y: top + i, style: i == 0 ? Theme.warning : Theme.muted)
        }
    }

    /// A pane's title line: the pane number and name, then facts; reversed when focused.
    mutating func paneTitle(_ rect: Rect, number: Int, name: String, facts: [String], focused: Bool) {
        let style = focused ? Theme.paneTitleFocused : Theme.paneTitle
        grid.fill(y: rect.y, from: rect.x, to: rect.maxX, style: style)
        let text = " \(number) \(name)" + (facts.isEmpty ? "" : "  " + facts.joined(separator: " · "))
        grid.write(TextLayout.truncate(text, to: rect.width), x: rect.x, y: rect.y, style: style, limit: rect.maxX)
    }

    /// A muted message in the first data row of a list.
    mutating func emptyMessage(_ text: String, rect: Rect) {
        grid.write(
            TextLayout.truncate("  " + text, to: rect.width), x: rect.x, y: rect.y + 2, style: Theme.muted,
            limit: rect.maxX)
    }

    /// A failure in place of a list's rows, wrapped to the pane's width (as many lines as fit).
    mutating func failureMessage(_ text: String, rect: Rect) {
        let lines = Canvas.wrap(text, width: max(1, rect.width - 4))
        for (i, line) in lines.prefix(max(0, rect.height - 2)).enumerated() {
            grid.write("  " + line, x: rect.x, y: rect.y + 2 + i, style: Theme.warning, limit: rect.maxX)
        }
    }

    /// The row style for a list row.
    static func rowStyle(selected: Bool, focused: Bool, mine: Bool, stale: Bool) -> Style {
        var style = selected ? (focused ? Theme.selected : Theme.selectedUnfocused) : Theme.text
        if mine { style.bold = true; if !selected { style.role = .mine } }
        if stale { style.dim = true }
        return style
    }
}
