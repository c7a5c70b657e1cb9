extension Keymap {
    /// Every binding of the app. `dangerous` marks the ones that change the allow list.
    static let table: [KeyBinding] = [
        // Everywhere
        KeyBinding([.character("j"), .down], "j/↓", "move down", .moveDown, scope: .global, hint: 1, short: "move"),
        KeyBinding([.character("k"), .up], "k/↑", "move up", .moveUp, scope: .global),
        KeyBinding([.character("g"), .home], "g/Home", "first row", .top, scope: .global),
        KeyBinding([.character("G"), .end], "G/End", "last row", .bottom, scope: .global),
        KeyBinding([.pageDown], "PgDn", "page down", .pageDown, scope: .global),
        KeyBinding([.pageUp], "PgUp", "page up", .pageUp, scope: .global),
        KeyBinding([.control("d")], "Ctrl-D", "half page down", .halfPageDown, scope: .global),
        KeyBinding([.control("u")], "Ctrl-U", "half page up", .halfPageUp, scope: .global),
        KeyBinding(
            [.tab, .character("l"), .right], "Tab", "next pane", .nextPane, scope: .global, hint: 5, short: "pane"),
        KeyBinding([.backTab, .character("h"), .left], "S-Tab", "previous pane", .previousPane, scope: .global),
        KeyBinding([.character("1")], "1", "allow-list pane", .focusRules, scope: .global),
        KeyBinding([.character("2")], "2", "attempts pane", .focusAttempts, scope: .global),
        KeyBinding([.character("3")], "3", "detail pane", .focusDetail, scope: .global),
        KeyBinding([.enter], "Enter", "details of the row", .openDetail, scope: .global),
        KeyBinding(
            [.character("/")], "/", "filter (text, address or CIDR)", .filter, scope: .global, hint: 3, short: "filter"),
        KeyBinding([.character("s")], "s", "sort by next column", .sort, scope: .global),
        KeyBinding([.character("S")], "S", "reverse sort", .sortReverse, scope: .global),
        KeyBinding([.character("y")], "y", "copy address (OSC 52)", .copy, scope: .global),
        KeyBinding([.character("r")], "r", "refresh now", .refresh, scope: .global),
        KeyBinding([.character("p")], "p", "pause/resume polling", .togglePause, scope: .global),
        KeyBinding([.character("c")], "c", "pick account", .changeAccount, scope: .global),
        KeyBinding([.character("?")], "?", "help", .help, scope: .global, hint: 8),
        KeyBinding([.escape], "Esc", "clear filter/marks, back", .cancel, scope: .global),
        KeyBinding([.control("l")], "Ctrl-L", "redraw screen", .redraw, scope: .global),
        KeyBinding([.control("z")], "Ctrl-Z", "suspend", .suspend, scope: .global),
        KeyBinding([.character("q"), .control("c")], "q", "quit", .quit, scope: .global, hint: 9),
        KeyBinding([.character("u")], "u", "undo the last journal entry", .undo, scope: .global, dangerous: true),
        KeyBinding([.character("J")], "J", "journal of changes", .journal, scope: .global),
        KeyBinding([.character("E")], "E", "remove expired rules", .removeExpired, scope: .global, dangerous: true),
        KeyBinding(
            [.character("N")], "N", "note: rule, or range a allowed", .editNote, scope: .global, dangerous: true),
        // Allow list
        KeyBinding(
            [.character("n")], "n", "add addresses", .add, scope: .rules, dangerous: true, hint: 2, short: "add"),
        KeyBinding(
            [.character("d"), .delete], "d/Del", "remove rule(s)", .remove, scope: .rules, dangerous: true, hint: 2,
            short: "remove"),
        KeyBinding(
            [.character(" ")], "Space", "mark row", .mark, scope: .rules, dangerous: true, hint: 4, short: "mark"),
        // Attempts
        KeyBinding(
            [.character("a")], "a", "allow this address", .allow, scope: .attempts, dangerous: true, hint: 1,
            short: "allow"),
        KeyBinding(
            [.character("A")], "A", "allow its /24", .allowSlash24, scope: .attempts, dangerous: true, hint: 2,
            short: "allow /24"),
        KeyBinding([.character("b")], "b", "blocked only", .blockedOnly, scope: .attempts, hint: 3, short: "blocked"),
        KeyBinding([.character("n")], "n", "add addresses", .add, scope: .attempts, dangerous: true),
        // Triage inbox: local records only, nothing is sent to SendGrid, so read-only mode keeps them.
        KeyBinding(
            [.character("x")], "x", "dismiss blocked / bring back (local)", .dismiss, scope: .attempts, hint: 6,
            short: "dismiss"),
        KeyBinding([.character("X")], "X", "show dismissed", .showDismissed, scope: .attempts),
        KeyBinding([.character("o")], "o", "group: address, /24·/48, none", .group, scope: .attempts),
        // Confirmation
        KeyBinding([.character("y")], "y", "confirm", .confirm, scope: .confirm, dangerous: true, hint: 1),
        KeyBinding([.escape, .enter], "Esc/Enter", "cancel", .cancel, scope: .confirm, hint: 2),
        KeyBinding([.character("c")], "c", "cancel, pick account", .changeAccount, scope: .confirm),
        KeyBinding([.character("N")], "N", "add a note (adds)", .note, scope: .confirm),
        // Typing
        KeyBinding([.enter], "Enter", "accept", .accept, scope: .input, hint: 1),
        KeyBinding([.escape], "Esc", "cancel", .cancel, scope: .input, hint: 2),
        KeyBinding([.tab], "Tab", "next field", .nextField, scope: .input),
        // Account picker
        KeyBinding(
            [.character("j"), .down], "j/↓", "next account", .moveDown, scope: .accounts, hint: 1, short: "move"),
        KeyBinding([.character("k"), .up], "k/↑", "previous account", .moveUp, scope: .accounts),
        KeyBinding([.enter], "Enter", "switch to it", .accept, scope: .accounts, hint: 2, short: "switch"),
        KeyBinding(
            [.escape, .character("c"), .character("q")], "Esc", "close, stay", .cancel, scope: .accounts, hint: 3,
            short: "close"),
        // Help
        KeyBinding(
            [.escape, .character("?"), .character("q")], "Esc/?", "close help", .cancel, scope: .help, hint: 1,
            short: "close"),
        KeyBinding(
            [.character("j"), .down, .pageDown, .character(" ")], "j/PgDn", "next page", .pageDown, scope: .help,
            hint: 2, short: "next page"),
        KeyBinding([.character("k"), .up, .pageUp], "k/PgUp", "previous page", .pageUp, scope: .help),
    ]
}
