import TerminalKit

extension AccentColor {
    /// "black, red, …" for error messages and the docs.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
