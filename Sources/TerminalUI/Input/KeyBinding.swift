/// One row of the keymap table: the keys, how help shows them, what they do, where, and whether they change
/// the allow list (dangerous bindings vanish in read-only mode).
public struct KeyBinding: Hashable, Sendable {
    public let keys: [Key]
    /// How the footer and help show the keys: "j/↓", "Ctrl-U".
    public let label: String
    public let help: String
    public let command: Command
    public let scope: Scope
    public let dangerous: Bool
    /// Footer priority: bindings with a hint rank (lower first) appear in the footer; nil never.
    public let hintRank: Int?
    /// One or two words for the footer ("move", "remove"); defaults to `help`.
    public let shortHelp: String

    public init(
        _ keys: [Key], _ label: String, _ help: String, _ command: Command, scope: Scope,
        dangerous: Bool = false, hint: Int? = nil, short: String? = nil
    ) {
        self.keys = keys
        self.label = label
        self.help = help
        self.command = command
        self.scope = scope
        self.dangerous = dangerous
        self.hintRank = hint
        self.shortHelp = short ?? help
    }
}
