/// The `J` overlay: the account's recent journal entries, newest first, scrolled by `scroll` lines.
public struct JournalView: Hashable, Sendable {
    /// The first entry shown (0 = the newest).
    public var scroll = 0

    public init(scroll: Int = 0) { self.scroll = scroll }
}
