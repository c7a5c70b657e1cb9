/// The key table as data. Dispatch, footer hints, the help overlay and read-only mode all read it.
public struct Keymap: Hashable, Sendable {
    public let bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// The app's table; with `readOnly` every dangerous binding is gone.
    public static func standard(readOnly: Bool) -> Keymap {
        readOnly ? Keymap(bindings: table.filter { !$0.dangerous }) : Keymap(bindings: table)
    }

    /// The command bound to `key` in the first matching scope of `scopes`, if any.
    public func command(for key: Key, in scopes: [Scope]) -> Command? {
        for scope in scopes {
            if let binding = bindings.first(where: { $0.scope == scope && $0.keys.contains(key) }) {
                return binding.command
            }
        }
        return nil
    }

    /// Footer hints for `scopes`: ranked bindings, best first, at most `limit`.
    public func hints(for scopes: [Scope], limit: Int = 8) -> [KeyBinding] {
        let ranked = bindings.filter { b in b.hintRank != nil && scopes.contains(b.scope) }
        return Array(
            ranked.sorted {
                ($0.hintRank!, scopes.firstIndex(of: $0.scope)!) < ($1.hintRank!, scopes.firstIndex(of: $1.scope)!)
            }
            .prefix(limit))
    }

    /// Bindings of one scope, in table order (for the help overlay).
    public func bindings(in scope: Scope) -> [KeyBinding] { bindings.filter { $0.scope == scope } }
}
