/// `N`: the one-line note of one range (the selected rule, or the range `a` allowed last), edited in place.
/// Enter saves it; Enter with nothing changed, or Esc, skips. A note is local (the annotations store), not a
/// change to the allow list, so nothing is sent to SendGrid.
public struct NotePrompt: Hashable, Sendable {
    /// The range's normalised text, the annotations store's key.
    public let range: String
    /// What the prompt is about, sanitised: "#21 192.0.2.7/32".
    public let label: String
    /// The note before editing ("" for none).
    public let original: String
    public var text: String

    public init(range: String, label: String, original: String) {
        self.range = range
        self.label = label
        self.original = original
        self.text = original
    }
}
