/// The optional note of an add's confirmation: empty unless the operator pressed `N` and typed one. While
/// `editing`, keys go to the note; Enter ends the editing and never confirms the change.
public struct NoteField: Hashable, Sendable {
    public var text: String
    public var editing: Bool

    public init(text: String = "", editing: Bool = false) {
        self.text = text
        self.editing = editing
    }
}
