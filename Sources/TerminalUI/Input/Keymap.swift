/// The key table as data. Dispatch, footer hints, the help overlay and read-only mode all read it.
public struct Keymap: Hashable, Sendable {
    public let bindings: [KeyBinding]
    /// Bindings taken out (the dangerous ones in read-only mode): their keys explain the refusal instead.
    public let disabled: [KeyBinding]

    public init(bindings: [KeyBinding], disabled: [KeyBinding] = []) {
        self.bindings = bindings
        self.disabled = disabled
    }

    /// The app's table; with `readOnly` every dangerous binding is gone (kept in `disabled`).
    public static func standard(readOnly: Bool) -> Keymap {
        readOnly
            ? Keymap(bindings: table.filter { !$0.dangerous }, disabled: table.filter(\.dangerous))
            : Keymap(bindings: table)
    }

    /// The disabled binding of `key` in the first matching scope of `scopes`, when no live binding has it.
    public func disabledBinding(for key: Key, in scopes: [Scope]) -> KeyBinding? {
        guard command(for: key, in: scopes) == nil else { return nil }
        for scope in scopes {
            if let binding = disabled.first(where: { $0.scope == scope && $0.keys.contains(key) }) { return binding }
        }
        return nil
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
