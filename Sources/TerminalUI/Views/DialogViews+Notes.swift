import AccessCore

extension Canvas {
    /// An add's note (and expiry) in its confirmation: "Note: build agent" or how to add one; while it is
    /// typed, the line being edited and what Enter and Esc do there.
    static func noteLines(_ dialog: ConfirmDialog, width: Int) -> [(String, Style)] {
        guard let note = dialog.note else { return [] }
        var out: [(String, Style)] = []
        if note.editing {
            out.append(("Note: " + note.text + "█", Theme.text))
        } else if note.text.isEmpty {
            out.append(("Note: none (optional: N adds one)", Theme.muted))
        } else {
            out += Canvas.wrap("Note: " + note.text, width: width).map { ($0, Theme.text) }
        }
        if let expires = dialog.expires {
            out.append(("Expires: \(TimeFormat.utc(expires.unix)) (sgaccess expire removes it then)", Theme.text))
        }
        out.append(("", Theme.text))
        return out
    }

    /// The `n` dialog: the ranges being typed with every entry's live verdict, then the note and the expiry
    /// fields (Tab moves between them; the expiry is checked live).
    mutating func addDialog(_ input: AddInput, state: AppState, width: Int, height: Int) {
        let boxWidth = min(width - 4, 84)
        let results = input.parsed
        let shown = min(results.count, max(0, height - 13))
        let rect = Rect(x: (width - boxWidth) / 2, y: 3, width: boxWidth, height: min(height - 4, 9 + max(1, shown)))
        box(rect, title: "Add to the allow list", style: Theme.dialogBorder)
        field("> ", input.text, active: input.field == .ranges, rect: rect, y: rect.y + 1)
        if results.isEmpty {
            grid.write(
                "Addresses, CIDRs or 203.0.113.* wildcards; several separated by spaces or commas.",
                x: rect.x + 2, y: rect.y + 3, style: Theme.muted, limit: rect.maxX - 2)
        }
        for (i, result) in results.prefix(shown).enumerated() {
            let (line, style) = Canvas.entryLine(result)
            grid.write(
                TextLayout.truncate(line, to: boxWidth - 4), x: rect.x + 2, y: rect.y + 3 + i, style: style,
                limit: rect.maxX - 2)
        }
        let noteY = rect.maxY - 5
        field("Note:    ", input.note, active: input.field == .note, rect: rect, y: noteY)
        field("Expires: ", input.expiry, active: input.field == .expiry, rect: rect, y: noteY + 1)
        let (expiry, expiryStyle) = Canvas.expiryVerdict(input, now: state.now)
        grid.write(expiry, x: rect.x + 2, y: noteY + 2, style: expiryStyle, limit: rect.maxX - 2)
        let count = input.ranges?.count ?? 0
        let adds = count > 0 ? "Enter adds \(count) range\(count == 1 ? "" : "s") · " : ""
        grid.write(
            adds + "Tab next field · Esc cancels", x: rect.x + 2, y: rect.maxY - 2, style: Theme.muted,
            limit: rect.maxX - 2)
    }

    private mutating func field(_ label: String, _ text: String, active: Bool, rect: Rect, y: Int) {
        let end = grid.write(
            label + text, x: rect.x + 2, y: y, style: active ? Theme.text : Theme.muted, limit: rect.maxX - 3)
        if active { grid.write("█", x: end, y: y, style: Theme.muted, limit: rect.maxX - 2) }
    }

    static func entryLine(_ result: Result<AllowEntry, EntryError>) -> (String, Style) {
        switch result {
        case .success(let entry):
            let normalised = entry.input == entry.range.description ? "" : " → \(entry.range)"
            let line =
                "✓ \(entry.input)\(normalised) (\(entry.range.sizeDescription) address\(entry.range.isSingleHost ? "" : "es"))"
                + (entry.warning.map { " — " + $0.message } ?? "")
            return (line, entry.warning == nil ? Theme.good : Theme.warning)
        case .failure(let error):
            return ("✗ \(error.message)", Theme.bad)
        }
    }

    /// Under the expiry field: when it would expire, or why the text is not an expiry.
    static func expiryVerdict(_ input: AddInput, now: Int64) -> (String, Style) {
        switch input.expires(now: now) {
        case nil: return ("never expires (30m, 2h, 7d, 2026-12-31 or an ISO 8601 time)", Theme.muted)
        case .success(let instant)?:
            return (
                "✓ expires \(TimeFormat.utc(instant.unix)) (\(ExpiryText.marker(instant.unix, now: now)))", Theme.good
            )
        case .failure(let failure)?: return ("✗ " + failure.message, Theme.bad)
        }
    }
}

extension Canvas {
    /// The `N` prompt: one line of note for one range.
    mutating func notePrompt(_ prompt: NotePrompt, width: Int, height: Int) {
        let boxWidth = min(width - 4, 84)
        let rect = Rect(x: (width - boxWidth) / 2, y: max(1, height / 2 - 3), width: boxWidth, height: 6)
        box(rect, title: "Note for \(prompt.label)", style: Theme.dialogBorder)
        let end = grid.write("> " + prompt.text, x: rect.x + 2, y: rect.y + 2, style: Theme.text, limit: rect.maxX - 3)
        grid.write("█", x: end, y: rect.y + 2, style: Theme.muted, limit: rect.maxX - 2)
        grid.write(
            "Enter saves · Enter with nothing changed or Esc skips · kept locally, not sent", x: rect.x + 2,
            y: rect.maxY - 2, style: Theme.muted, limit: rect.maxX - 2)
    }
}
