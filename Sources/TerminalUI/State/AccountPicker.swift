/// The account picker's own state: the accounts as they were when it opened and the cursor. Enter asks to
/// switch to the one under the cursor; Esc closes it and nothing changes.
public struct AccountPicker: Hashable, Sendable {
    /// What the picker lists, in order; the current account is among them (first when it is not configured).
    public let choices: [AccountChoice]
    /// The index of the current account in `choices`.
    public let current: Int
    /// The index under the cursor.
    public private(set) var cursor: Int

    public init(choices: [AccountChoice], current: Int) {
        self.choices = choices
        self.current = current
        cursor = current
    }

    /// The account under the cursor.
    public var selected: AccountChoice { choices[cursor] }

    /// Moves the cursor, stopping at the ends.
    mutating func move(by delta: Int) {
        cursor = min(max(0, cursor + delta), choices.count - 1)
    }
}
