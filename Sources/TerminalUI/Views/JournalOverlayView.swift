import AccessCore

extension Canvas {
    /// The `J` overlay: the account's journal entries, newest first, two lines each (when, id, kind, who,
    /// outcome; then what it changed), from `view.scroll`. Everything from the journal is sanitised.
    mutating func journalOverlay(_ view: JournalView, state: AppState, width: Int, height: Int) {
        let rect = Rect(x: 0, y: 1, width: width, height: max(0, height - 2))
        let records = state.ledger.records
        box(
            rect, title: "Journal of changes — \(records.count) entr\(records.count == 1 ? "y" : "ies")",
            style: Theme.dialogBorder)
        let inner = rect.width - 4
        var y = rect.y + 1
        let last = rect.maxY - 2
        for line in Canvas.journalStatus(state) where y < last {
            grid.write(TextLayout.truncate(line.0, to: inner), x: rect.x + 2, y: y, style: line.1, limit: rect.maxX - 2)
            y += 1
        }
        let newestFirst = records.reversed().dropFirst(view.scroll)
        var shown = 0
        for record in newestFirst where y + 1 < last {
            journalEntry(record, now: state.now, x: rect.x + 2, y: y, width: inner)
            y += 2
            shown += 1
        }
        let range = records.isEmpty ? "" : "\(view.scroll + 1)–\(view.scroll + shown) of \(records.count) · "
        grid.write(
            TextLayout.truncate(range + "j/k PgUp/PgDn scroll · Esc or J closes · u undoes the newest", to: inner),
            x: rect.x + 2, y: rect.maxY - 2, style: Theme.muted, limit: rect.maxX - 2)
    }

    private mutating func journalEntry(_ record: JournalRecord, now: Int64, x: Int, y: Int, width: Int) {
        let intent = record.intent
        let head =
            "\(TimeFormat.utc(intent.time.unix))  \(JournalText.clean(intent.id))  "
            + TextLayout.fit(intent.kind.rawValue, to: 6) + "  "
            + JournalText.clean("\(intent.actor.signature) (\(intent.actor.program))") + "  "
        let end = grid.write(TextLayout.truncate(head, to: width), x: x, y: y, style: Theme.text, limit: x + width)
        let outcome = JournalText.outcome(record)
        let style: Style
        switch record.outcome?.status {
        case nil: style = Theme.warning
        case .failed?: style = Theme.bad
        case .partial?: style = Theme.warning
        case .succeeded?: style = Theme.good
        }
        grid.write(outcome, x: end, y: y, style: style, limit: x + width)
        let what = "    " + JournalText.changes(intent, now: now)
        grid.write(TextLayout.truncate(what, to: width), x: x, y: y + 1, style: Theme.muted, limit: x + width)
    }

    /// Above the entries: reading, a failure, unreadable lines, or an empty journal.
    static func journalStatus(_ state: AppState) -> [(String, Style)] {
        var out: [(String, Style)] = []
        if let failure = state.ledger.failure { out.append(("Cannot read the journal: \(failure)", Theme.warning)) }
        if state.ledger.unreadableLines > 0 {
            let n = state.ledger.unreadableLines
            out.append(
                (
                    "\(n) line\(n == 1 ? "" : "s") of the journal could not be read and \(n == 1 ? "is" : "are") not shown.",
                    Theme.warning
                ))
        }
        if state.ledger.records.isEmpty {
            out.append(
                (
                    state.ledger.isReading || !state.ledger.isLoaded
                        ? "Reading the journal…" : "No change to this account has been journalled yet.", Theme.muted
                ))
        }
        return out
    }
}
