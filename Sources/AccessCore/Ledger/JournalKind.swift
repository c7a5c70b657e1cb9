/// What kind of change a journal entry records.
public enum JournalKind: String, Codable, Hashable, Sendable, CaseIterable {
    case add
    case remove
    /// `sgaccess apply FILE`: adds, then removes.
    case apply
    /// `sgaccess expire`: removal of rules whose expiry passed.
    case expire
    /// `sgaccess undo` or `u` in the app: puts back what another entry changed.
    case undo
}
