/// A modal layer over the panes. While one is open, keys go to it first.
public enum Overlay: Hashable, Sendable {
    case help
    /// `/` on a list: the text is applied live as it is typed.
    case filter(FilterInput)
    /// `n`: ranges typed, parsed and normalised live.
    case add(AddInput)
    case confirm(ConfirmDialog)
    /// `c`: the accounts to switch to.
    case accounts(AccountPicker)
    /// `J`: the account's recent journal entries.
    case journal(JournalView)
    /// `N`: the note of one range.
    case note(NotePrompt)
}
