/// The filter being typed for one list. `original` is restored on Esc.
public struct FilterInput: Hashable, Sendable {
    public var pane: ListPane
    public var text: String
    public var original: String
}
