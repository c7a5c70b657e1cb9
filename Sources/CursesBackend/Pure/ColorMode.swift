/// How many colours the backend uses. `.none` means attributes only (NO_COLOR, `--no-color`, monochrome).
public enum ColorMode: Hashable, Sendable, CustomStringConvertible {
    case none, eight, sixteen, twoFiftySix

    /// Chooses the mode from what the terminal reports and what the user asked for.
    /// - Parameters:
    ///   - hasColors: ncurses `has_colors()`.
    ///   - colorCount: ncurses `COLORS` after `start_color()`.
    ///   - noColor: `--no-color` was given.
    ///   - noColorEnvironment: the value of `NO_COLOR`; any non-empty value switches colour off.
    public static func detect(hasColors: Bool, colorCount: Int, noColor: Bool, noColorEnvironment: String?) -> ColorMode
    {
        if noColor || !(noColorEnvironment ?? "").isEmpty { return .none }
        guard hasColors else { return .none }
        switch colorCount {
        case 256...: return .twoFiftySix
        case 16..<256: return .sixteen
        case 8..<16: return .eight
        default: return .none
        }
    }

    /// True when the user's wishes alone rule colour out (no need to ask the terminal).
    public static func isDisabled(noColor: Bool, noColorEnvironment: String?) -> Bool {
        noColor || !(noColorEnvironment ?? "").isEmpty
    }

    public var description: String {
        switch self {
        case .none: "no colour"
        case .eight: "8 colours"
        case .sixteen: "16 colours"
        case .twoFiftySix: "256 colours"
        }
    }
}
