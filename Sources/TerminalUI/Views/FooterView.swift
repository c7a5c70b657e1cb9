extension Canvas {
    /// The flash line (or the filter being typed) above 5–8 key hints from the keymap; a long flash word-wraps
    /// onto a second row (`Flash.lines(width:)`) instead of being cut.
    mutating func footer(_ state: AppState, rect: Rect) {
        let flashY = rect.y, hintsY = rect.maxY - 1
        if case .filter(let input) = state.overlay {
            let query = FilterQuery(input.text)
            let meaning: String
            switch query {
            case .all: meaning = "type text, an address (rules covering it) or a CIDR"
            case .address(let a): meaning = input.pane == .rules ? "rules covering \(a)" : "attempts from \(a)"
            case .range(let r): meaning = input.pane == .rules ? "rules overlapping \(r)" : "attempts inside \(r)"
            case .text: meaning = "text match"
            }
            let end = grid.write(" /", x: rect.x, y: flashY, style: Theme.key)
            let after = grid.write(input.text, x: end, y: flashY, style: Theme.text, limit: rect.maxX)
            grid.write("█", x: after, y: flashY, style: Theme.muted, limit: rect.maxX)
            grid.write("  " + meaning, x: after + 1, y: flashY, style: Theme.muted, limit: rect.maxX)
        } else if let flash = state.flashLineContent {
            let style = flash.kind == .error ? Theme.flashError : Theme.flashInfo
            for (row, line) in flash.lines(width: rect.width).prefix(rect.height - 1).enumerated() {
                grid.write(line, x: rect.x, y: flashY + row, style: style, limit: rect.maxX)
            }
        }
        var parts: [(String, Style)] = []
        for binding in state.keymap.hints(for: hintScopes(state)) {
            parts += [(" " + binding.label, Theme.key), (" " + binding.shortHelp + " ", Theme.muted)]
        }
        segments(parts, x: rect.x, y: hintsY, limit: rect.maxX)
    }

    func hintScopes(_ state: AppState) -> [Scope] {
        switch state.overlay {
        case .help: return [.help]
        // The journal box names its own keys on its last line.
        case .journal: return []
        case .accounts: return [.accounts]
        case .filter, .add, .note, .dismiss: return [.input]
        case .confirm(let dialog): return dialog.typed == nil && dialog.note?.editing != true ? [.confirm] : [.input]
        case nil: return [state.activeList.scope, .global]
        }
    }
}
