/// One of the eight basic terminal colours, chosen by the operator (a profile's `accent`) to tell accounts apart
/// at a glance. Only cells of the `.account` role honour it (`Style.tint`); without colour it is not drawn, so it
/// never carries meaning alone: the account's name is always written out.
public enum AccentColor: String, Hashable, Sendable, CaseIterable {
    case black, red, green, yellow, blue, magenta, cyan, white

    /// The curses colour number (`COLOR_BLACK` … `COLOR_WHITE`), the same in 8, 16 and 256-colour terminals.
    public var colorNumber: Int16 {
        switch self {
        case .black: 0
        case .red: 1
        case .green: 2
        case .yellow: 3
        case .blue: 4
        case .magenta: 5
        case .cyan: 6
        case .white: 7
        }
    }
}
