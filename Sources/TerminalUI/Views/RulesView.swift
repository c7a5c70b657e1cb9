extension Canvas {
    /// The allow list: mark, my-IP glyph, id, rule, size, age. Rules covering my IPs carry ★ and bold.
    mutating func rulesPane(_ state: AppState, rect: Rect) {
        let pane = state.rules
        let focused = state.focus == .rules || (state.focus == .detail && state.detailSubject == .rules)
        var facts: [String]
        if pane.isLoaded {
            facts = ["\(pane.rows.count) rule\(pane.rows.count == 1 ? "" : "s")"]
        } else if let preview = pane.preview {
            facts = ["\(preview.count) rules, indexing…"]
        } else {
            facts = [state.poll.rulesFailure == nil ? "loading" : "cannot load"]
        }
        // Right after the count, so that a narrow pane still shows it.
        if let expired = state.expiredHint { facts.append(expired) }
        if pane.isLoaded, let position = Canvas.scrollPosition(pane, total: pane.rows.count, rect: rect) {
            facts.append(position)
        }
        if !pane.marked.isEmpty { facts.append("\(pane.marked.count) marked") }
        if !pane.filter.isEmpty { facts.append("filter \(pane.query.summary)") }
        facts.append("sort \(pane.sort.rawValue) \(pane.ascending ? "↑" : "↓")")
        if state.poll.isStale && pane.isLoaded { facts.append("STALE") }
        paneTitle(rect, number: 1, name: "Allow list", facts: facts, focused: state.focus == .rules)

        let shown = pane.shownRange(page: Canvas.page(of: rect))
        let previewed = pane.isLoaded ? [] : (pane.preview?.rows.prefix(Canvas.page(of: rect)) ?? [])
        let widest =
            (shown.map { DisplayWidth.of(pane.rows[pane.visible[$0]].ip) } + previewed.map { DisplayWidth.of($0.ip) })
            .max() ?? 18
        let columns = RuleColumns(width: rect.width, hasNotes: !state.ledger.annotations.isEmpty, widestRule: widest)
        let ruleWidth = columns.rule
        let header =
            "    " + TextLayout.fit("id", to: 6, align: .right) + "  " + TextLayout.fit("rule", to: ruleWidth)
            + columns.noteText("note") + columns.sizeText("size")
            + " " + TextLayout.fit("age", to: 4, align: .right)
        grid.fill(y: rect.y + 1, from: rect.x, to: rect.maxX, style: Theme.columnHeader)
        grid.write(header, x: rect.x, y: rect.y + 1, style: Theme.columnHeader, limit: rect.maxX)

        guard pane.isLoaded else {
            if let failure = state.poll.rulesFailure {
                return failureMessage("Cannot read the allow list: \(failure.message) Press r to retry.", rect: rect)
            }
            guard let preview = pane.preview else { return emptyMessage("Loading the allow list…", rect: rect) }
            // The first screen while the snapshot is built: drawn like the list, the first row selected.
            for (line, row) in previewed.enumerated() {
                let mine = preview.mine.contains(line)
                let style = Canvas.rowStyle(selected: line == 0, focused: focused, mine: mine, stale: false)
                let text = ruleLine(row, marked: false, mine: mine, columns: columns, state: state)
                grid.fill(y: rect.y + 2 + line, from: rect.x, to: rect.maxX, style: style)
                grid.write(text, x: rect.x, y: rect.y + 2 + line, style: style, limit: rect.maxX)
            }
            return
        }
        if pane.rows.isEmpty {
            return emptyMessage(
                "The list is empty: SendGrid accepts every address (enforcement off). Press n to add.", rect: rect)
        }
        if pane.visible.isEmpty { return emptyMessage("No rule matches the filter; Esc clears it.", rect: rect) }

        listRows(pane, rect: rect) { canvas, index, y, selected in
            let row = pane.rows[index]
            let mine = pane.coversMine(at: index)
            let style = Canvas.rowStyle(
                selected: selected, focused: focused, mine: mine, stale: state.poll.isStale)
            let text = canvas.ruleLine(
                row, marked: pane.marked.contains(row.id), mine: mine, columns: columns, state: state)
            canvas.grid.fill(y: y, from: rect.x, to: rect.maxX, style: style)
            canvas.grid.write(text, x: rect.x, y: y, style: style, limit: rect.maxX)
        }
    }
}

extension Canvas {
    /// One row of the list: mark, my-IP glyph, id, rule, note, size, age.
    func ruleLine(_ row: RuleRow, marked: Bool, mine: Bool, columns: RuleColumns, state: AppState) -> String {
        " " + (marked ? Theme.markGlyph : " ") + (mine ? Theme.mineGlyph : " ") + " "
            + TextLayout.fit("#\(row.id)", to: 6, align: .right) + "  " + TextLayout.fit(row.ip, to: columns.rule)
            + columns.noteText(
                RuleColumns.note(state.ledger.annotation(of: row.rule), now: state.now, width: columns.note))
            + columns.sizeText(row.size) + " " + TextLayout.fit(row.ageText(at: state.now), to: 4, align: .right)
    }
}

extension RuleRow {
    /// The age column: how long ago the rule was created (`TimeFormat.age`, four columns).
    func ageText(at now: Int64) -> String { TimeFormat.age(now - rule.createdAt) }
}
