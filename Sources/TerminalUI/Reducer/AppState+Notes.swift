import AccessCore
import Foundation

extension AppState {
    /// `n` input: Tab moves between ranges, note and expiry; every entry and the expiry are checked live; Enter
    /// proposes the add when all are valid (an invalid expiry is shown in the dialog and sends nothing).
    mutating func addKey(_ key: Key, _ input: AddInput) -> [Effect] {
        switch keymap.command(for: key, in: [.input]) {
        case .accept: return acceptAdd(input)
        case .cancel:
            overlay = nil
            return []
        case .nextField:
            var next = input
            next.field = input.field.next
            overlay = .add(next)
            return []
        default:
            let limit = input.field == .note ? Annotation.maxNoteLength : 512
            guard let text = LineEdit.apply(key, to: input.current, maxLength: limit) else { return [] }
            var next = input
            next.current = text
            overlay = .add(next)
            return []
        }
    }

    private mutating func acceptAdd(_ input: AddInput) -> [Effect] {
        if let failure = input.parsed.first(where: { if case .failure = $0 { return true } else { return false } }),
            case .failure(let entryError) = failure
        {
            return error(entryError.message)
        }
        guard let ranges = input.ranges else { return error("Type at least one address or range, or press Esc.") }
        var expires: Date?
        switch input.expires(now: now) {
        case .failure(let failure)?:
            var next = input
            next.field = .expiry
            overlay = .add(next)
            return error(failure.message)
        case .success(let instant)?: expires = instant
        case nil: expires = nil
        }
        overlay = nil
        let annotation = Annotation(note: input.note, expires: expires)
        return propose(
            .add(ranges), entries: input.parsed.compactMap { try? $0.get() },
            annotation: annotation.isEmpty ? nil : annotation)
    }

    /// The note of an add's confirmation while it is edited: typing fills it; Enter keeps it and Esc drops the
    /// edit, both back to the dialog. Neither ever confirms the change.
    mutating func noteKey(_ key: Key, _ dialog: ConfirmDialog, _ note: NoteField) -> [Effect] {
        var next = dialog
        switch keymap.command(for: key, in: [.input]) {
        case .accept:
            next.note = NoteField(text: Annotation.cleaned(note.text) ?? "", editing: false)
        case .cancel:
            next.note = NoteField(text: "", editing: false)
        default:
            guard let text = LineEdit.apply(key, to: note.text, maxLength: Annotation.maxNoteLength) else { return [] }
            next.note = NoteField(text: text, editing: true)
        }
        overlay = .confirm(next)
        return []
    }

    /// `N` in an add's confirmation: starts typing its note.
    mutating func startNote(_ dialog: ConfirmDialog) -> [Effect] {
        guard let note = dialog.note else { return [] }
        var next = dialog
        next.note = NoteField(text: note.text, editing: true)
        overlay = .confirm(next)
        return []
    }

    /// `E`: a removal confirmation for exactly the rules whose expiry has passed, through the guard like any
    /// removal (one that covers this host asks for typing). Nothing expired is ever removed on its own.
    mutating func reviewExpired() -> [Effect] {
        guard rules.isLoaded else { return error(listUnavailableSentence) }
        let expired = ledger.expired(rules.rows, now: now)
        guard !expired.isEmpty else {
            return info(ledger.isLoaded ? "No rule has expired." : "The notes and expiries are still being read.")
        }
        return propose(.remove(expired.map { RuleRef(id: $0.id, ip: $0.ip) }), kind: .expire)
    }

    /// The allow-list pane title's hint, after the rule count: "2 expired: E reviews" (nil when none has).
    var expiredHint: String? {
        let count = ledger.expired(rules.rows, now: now).count
        guard count > 0 else { return nil }
        return "\(count) expired: E reviews"
    }
}

extension AppState {
    /// `N`: the note of the selected rule (rules pane), or of the range the last `a` allowed (attempts pane).
    mutating func openNotePrompt() -> [Effect] {
        if isReadOnly { return [] }
        let range: String, label: String
        switch activeList {
        case .rules:
            guard let row = rules.selected else { return error("No rule selected: move to one first.") }
            guard let cidr = row.rule.range else {
                return error("#\(row.id) (\(row.ip)) is not a range, so it cannot carry a note.")
            }
            range = cidr.description
            label = "#\(row.id) \(row.ip)"
        case .attempts:
            guard let last = ledger.lastAllowed else {
                return error("N here notes the range a allowed last; allow one first, or press N on a rule.")
            }
            range = last
            label = last
        }
        let original = ledger.annotations[range]?.note.map { Sanitizer.clean($0, maxColumns: 200) } ?? ""
        overlay = .note(NotePrompt(range: range, label: label, original: original))
        return []
    }

    /// The note prompt: typing edits; Enter saves (nothing changed, or nothing typed, skips); Esc skips.
    mutating func notePromptKey(_ key: Key, _ prompt: NotePrompt) -> [Effect] {
        switch keymap.command(for: key, in: [.input]) {
        case .accept:
            overlay = nil
            let note = Annotation.cleaned(prompt.text)
            guard note != Annotation.cleaned(prompt.original) else { return [] }
            ledger.isReading = true
            let said = note.map { "Noted \(prompt.label): “\($0)” (kept on this machine, not sent to SendGrid)." }
            return [.annotate(range: prompt.range, note: note)] + info(said ?? "Removed the note of \(prompt.label).")
        case .cancel:
            overlay = nil
            return []
        default:
            guard let text = LineEdit.apply(key, to: prompt.text, maxLength: Annotation.maxNoteLength) else {
                return []
            }
            var next = prompt
            next.text = text
            overlay = .note(next)
            return []
        }
    }
}
