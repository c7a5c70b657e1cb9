extension Canvas {
    /// Recent attempts: my-IP glyph, status (text and glyph), address, location, method, first/last seen.
    mutating func attemptsPane(_ state: AppState, rect: Rect) {
        let pane = state.attempts
        let focused = state.focus == .attempts || (state.focus == .detail && state.detailSubject == .attempts)
        let dismissed = pane.dismissedCount
        let counts =
            pane.isUntriaged
            ? "\(pane.rows.count) recent · status now unknown ("
                + (state.poll.rulesFailure == nil ? "list still being read)" : "list unreadable)")
            : "\(pane.rows.count) recent · \(pane.blockedCount) blocked"
                + (dismissed > 0 ? " · \(dismissed) dismissed" : "")
        var facts = [pane.isLoaded ? counts : (state.poll.activityFailure == nil ? "loading" : "cannot load")]
        if pane.isLoaded, let position = Canvas.scrollPosition(pane, total: pane.unfilteredCount, rect: rect) {
            facts.append(position)
        }
        if let grouping = pane.triage.grouping.title { facts.append(grouping) }
        if pane.blockedOnly { facts.append("blocked only") }
        if pane.triage.showDismissed && dismissed > 0 { facts.append("dismissed shown") }
        if !pane.filter.isEmpty { facts.append("filter \(pane.query.summary)") }
        facts.append("sort \(pane.sort.rawValue) \(pane.ascending ? "↑" : "↓")")
        if state.poll.isStale && pane.isLoaded { facts.append("STALE") }
        paneTitle(rect, number: 2, name: "Attempts", facts: facts, focused: state.focus == .attempts)

        let columns = AttemptColumns(width: rect.width, grouping: pane.triage.grouping)
        grid.fill(y: rect.y + 1, from: rect.x, to: rect.maxX, style: Theme.columnHeader)
        grid.write("  " + columns.header, x: rect.x, y: rect.y + 1, style: Theme.columnHeader, limit: rect.maxX)

        guard pane.isLoaded else {
            if let failure = state.poll.activityFailure {
                return failureMessage(
                    "Cannot load the recent activity: \(failure.message) Press r to retry.", rect: rect)
            }
            return emptyMessage("Loading recent activity…", rect: rect)
        }
        if pane.rows.isEmpty { return emptyMessage("No recent access attempts.", rect: rect) }
        if pane.visible.isEmpty { return emptyMessage(Canvas.noAttemptShown(pane), rect: rect) }

        listRows(pane, rect: rect) { canvas, index, y, selected in
            let row = pane.items[index]
            let style = Canvas.rowStyle(
                selected: selected, focused: focused, mine: row.isMine, stale: state.poll.isStale)
            let text = (row.isMine ? Theme.mineGlyph : " ") + " " + columns.text(row, now: state.now)
            canvas.grid.fill(y: y, from: rect.x, to: rect.maxX, style: style)
            canvas.grid.write(text, x: rect.x, y: y, style: style, limit: rect.maxX)
            // The selected row keeps the selection style across the status cell too (the glyph keeps the meaning).
            if !selected {
                var statusStyle = row.dismissal == nil ? Canvas.statusStyle(row) : Theme.muted
                statusStyle.bold = statusStyle.bold || row.isMine
                statusStyle.dim = state.poll.isStale || row.dismissal != nil
                canvas.grid.restyle(y: y, from: rect.x + 2, to: rect.x + 2 + columns.status) { $0 = statusStyle }
            }
        }
    }

    static func statusLabel(_ row: AttemptRow) -> String {
        if row.dismissal != nil {
            let reason = row.dismissalReason
            return reason.isEmpty ? "– dismissed" : "– dismissed: \(reason)"
        }
        switch row.status {
        case .blocked: return "✗ blocked"
        case .allowedSince(let id): return "✓ now allowed by #\(id)"
        case .allowed: return "✓ allowed"
        case .noLongerAllowed: return "! no longer allowed"
        case .unknown(let allowedThen): return allowedThen ? "? allowed at the time" : "? refused at the time"
        }
    }

    static func statusStyle(_ row: AttemptRow) -> Style {
        switch row.status {
        case .blocked: return Theme.bad
        case .allowedSince: return Theme.good
        case .allowed: return Theme.muted
        case .noLongerAllowed: return Theme.warning
        case .unknown: return Theme.muted
        }
    }
}

extension AttemptRow {
    /// The "1st" and "last" columns: how long ago the address was first and last seen (four columns each).
    func seenTexts(at now: Int64) -> (first: String, last: String) {
        (TimeFormat.age(now - attempt.firstAt), TimeFormat.age(now - attempt.lastAt))
    }
}

extension Canvas {
    /// Why no attempt is listed: the blocked list is cleared (dismissed ones hidden), or the filter hides all.
    static func noAttemptShown(_ pane: AttemptsPane) -> String {
        guard pane.filter.isEmpty, pane.blockedCount == 0 else { return "No attempt matches; b or Esc shows all." }
        let dismissed = pane.dismissedCount
        if dismissed > 0 && !pane.triage.showDismissed {
            return "No blocked attempts left: \(dismissed) dismissed (X shows them)."
        }
        return "No blocked attempts left; b shows every attempt."
    }
}
