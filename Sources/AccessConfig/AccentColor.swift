/// A profile's `accent`: the colour the app's header uses for that account, so that two accounts never look
/// alike. The eight colours every colour terminal has.
public enum AccentColor: String, CaseIterable, Hashable, Sendable {
    case red, green, yellow, blue, magenta, cyan, white, black

    /// "red, green, …" for error messages and the docs.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
