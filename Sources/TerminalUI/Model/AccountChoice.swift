import AccessCore

/// One account the app may switch to (a profile, or a subuser offered under it), in the order the picker lists
/// them. The runtime's `AccountOpener` turns a choice into a service and an `AppConfig`.
public struct AccountChoice: Hashable, Sendable, Identifiable {
    /// Stable within a run, e.g. "prod" or "prod/sub1"; the opener uses it to find what to open.
    public let id: String
    /// Whom the choice talks to, as the header will name it.
    public let target: AccountTarget
    /// The profile's colour; nil is the default accent.
    public let accent: AccentColor?

    public init(id: String, target: AccountTarget, accent: AccentColor? = nil) {
        self.id = id
        self.target = target
        self.accent = accent
    }

    /// The name the screen prints, sanitised: "profile prod · subuser sub1 · eu".
    public var label: String { Sanitizer.clean(target.description, maxColumns: 200) }
}
