/// One terminal cell. A double-width character occupies its cell and the next, whose `text` is empty
/// (a continuation cell the backend skips).
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell()
    public var isContinuation: Bool { text.isEmpty }
}
