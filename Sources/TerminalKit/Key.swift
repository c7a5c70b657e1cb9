/// A key press, decoded by the backend from the terminal.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl plus a letter, lower case: `.control("u")` for Ctrl-U.
    case control(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete, insert
    case function(Int)
    /// The terminal was resized to this many columns and rows.
    case resize(width: Int, height: Int)
    case unknown(Int32)
}
