/// Line editing shared by the filter, add and typed-confirmation inputs.
enum LineEdit {
    /// The edited text, or nil when `key` does not edit text.
    static func apply(_ key: Key, to text: String, maxLength: Int = 512) -> String? {
        switch key {
        case .character(let c):
            guard text.count < maxLength, c.unicodeScalars.allSatisfy({ !Sanitizer.isHostile($0) }) else { return text }
            return text + String(c)
        case .backspace:
            return String(text.dropLast())
        case .control("u"):
            return ""
        case .control("w"):
            var t = Substring(text)
            while t.last == " " { t.removeLast() }
            while let last = t.last, last != " " { t.removeLast() }
            return String(t)
        default:
            return nil
        }
    }
}

extension AppState {
    /// `/` input: applied live; Enter keeps it, Esc restores the filter that was there before.
    mutating func filterKey(_ key: Key, _ input: FilterInput) -> [Effect] {
        switch keymap.command(for: key, in: [.input]) {
        case .accept:
            overlay = nil
            return []
        case .cancel:
            overlay = nil
            setFilter(input.original, on: input.pane)
            return []
        default:
            guard let text = LineEdit.apply(key, to: input.text) else { return [] }
            var next = input
            next.text = text
            overlay = .filter(next)
            setFilter(text, on: input.pane)
            return []
        }
    }

    mutating func setFilter(_ text: String, on pane: ListPane) {
        let page = self.page(pane)
        withList(pane) { $0.setFilter(text, page: page) }
    }

    /// Help overlay: Esc, `?` or `q` close it; j/PgDn and k/PgUp turn the page; other keys are ignored.
    mutating func helpKey(_ key: Key, page: Int) -> [Effect] {
        let layout = HelpLayout(self, width: width, height: height)
        switch keymap.command(for: key, in: [.help]) {
        case .cancel: overlay = nil
        case .pageDown: overlay = .help(page: layout.clamped(page + 1))
        case .pageUp: overlay = .help(page: layout.clamped(page - 1))
        default: break
        }
        return []
    }

    /// Confirmation: only `y` (or the exact typed text and Enter) performs the change. Enter and Esc cancel;
    /// every other key is swallowed.
    mutating func confirmKey(_ key: Key, _ dialog: ConfirmDialog) -> [Effect] {
        if let note = dialog.note, note.editing { return noteKey(key, dialog, note) }
        if var typed = dialog.typed {
            switch keymap.command(for: key, in: [.input]) {
            case .nextField: return startNote(dialog)
            case .cancel:
                overlay = nil
                return []
            case .accept:
                overlay = nil
                guard typed.matches else {
                    return error(
                        "Cancelled: you typed “\(typed.entered)”, not “\(typed.expected)”; nothing was changed.")
                }
                return send(dialog.mutation, confirmed: dialog.assessment.decisive, outgoing: dialog.outgoing)
            default:
                guard let text = LineEdit.apply(key, to: typed.entered, maxLength: 64) else { return [] }
                typed.entered = text
                var next = dialog
                next.typed = typed
                overlay = .confirm(next)
                return []
            }
        }
        switch keymap.command(for: key, in: [.confirm]) {
        case .confirm:
            overlay = nil
            return send(dialog.mutation, confirmed: dialog.assessment.decisive, outgoing: dialog.outgoing)
        case .note: return startNote(dialog)
        case .cancel:
            overlay = nil
            return []
        case .changeAccount:
            overlay = nil  // closed, never confirmed
            return openAccountPicker()
        default:
            return []
        }
    }
}
