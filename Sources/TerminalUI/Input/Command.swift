/// What a key binding does. The reducer dispatches on commands, never on raw keys (except while typing).
public enum Command: Hashable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, halfPageUp, halfPageDown, top, bottom
    case nextPane, previousPane, focusRules, focusAttempts, focusDetail, openDetail
    case filter, sort, sortReverse, help, refresh, togglePause, blockedOnly
    case allow, allowSlash24, add, remove, mark, undo, copy
    /// `J`: the journal view. `E`: remove the expired rules (confirmed like any removal).
    case journal, removeExpired
    /// In an add's confirmation: type its optional note.
    case note
    /// In the add dialog: the next field (ranges, note, expiry).
    case nextField
    /// `N`: the note of the selected rule (rules pane) or of the range allowed last (attempts pane).
    case editNote
    case quit, cancel, redraw, suspend
    /// The triage inbox: dismiss or un-dismiss (`x`), show dismissed (`X`), cycle the grouping (`o`).
    case dismiss, showDismissed, group
    /// Open the account picker (in a plain confirmation: cancel it first).
    case changeAccount
    /// In a confirmation dialog: perform the change.
    case confirm
    /// In a text input: accept.
    case accept
}

/// Where a binding applies.
public enum Scope: Hashable, Sendable, CaseIterable {
    /// Everywhere outside dialogs.
    case global
    /// The allow-list pane (and the detail pane showing a rule).
    case rules
    /// The attempts pane (and the detail pane showing an attempt).
    case attempts
    /// A confirmation dialog.
    case confirm
    /// The filter, add or typed-confirmation input line.
    case input
    /// The help overlay.
    case help
    /// The account picker.
    case accounts

    public var title: String {
        switch self {
        case .global: return "Everywhere"
        case .rules: return "Allow list"
        case .attempts: return "Attempts"
        case .confirm: return "Confirmation"
        case .input: return "Typing"
        case .help: return "Help"
        case .accounts: return "Account picker"
        }
    }
}
