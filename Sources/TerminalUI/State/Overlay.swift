/// A modal layer over the panes. While one is open, keys go to it first.
public enum Overlay: Hashable, Sendable {
    /// `?`: the keymap, on pages when it does not fit.
    case help(page: Int)
    /// `/` on a list: the text is applied live as it is typed.
    case filter(FilterInput)
    /// `n`: ranges typed, parsed and normalised live.
    case add(AddInput)
    case confirm(ConfirmDialog)
    /// `c`: the accounts to switch to.
    case accounts(AccountPicker)
    /// `x`: the optional reason of a dismissal.
    case dismiss(DismissInput)
    /// `J`: the account's recent journal entries.
    case journal(JournalView)
    /// `N`: the note of one range.
    case note(NotePrompt)
}
