import TerminalKit

extension StylePalette {
    /// The palette table. Colour never carries meaning alone; without colour each role keeps an attribute
    /// where it matters (bad = bold, mine = reverse + bold, muted = dim, selection = reverse, account = reverse +
    /// bold). The account role's colour here is the default accent; a `Style.tint` replaces it (`tintPaint`).
    static func paint(for role: Style.Role, mode: ColorMode) -> Paint {
        switch mode {
        case .none: monochrome(role)
        case .eight: eightColor(role)
        case .sixteen: sixteenColor(role)
        case .twoFiftySix: twoFiftySixColor(role)
        }
    }

    private static func monochrome(_ role: Style.Role) -> Paint {
        switch role {
        case .normal, .good: Paint()
        case .muted: Paint(attributes: .dim)
        case .accent, .bad, .warning, .title: Paint(attributes: .bold)
        case .mine, .danger, .account: Paint(attributes: [.reverse, .bold])
        case .selection: Paint(attributes: .reverse)
        }
    }

    private static func eightColor(_ role: Style.Role) -> Paint {
        switch role {
        case .normal: Paint()
        case .muted: Paint(attributes: .dim)
        case .accent: Paint(foreground: 6)
        case .good: Paint(foreground: 2)
        case .bad: Paint(foreground: 1, attributes: .bold)
        case .warning: Paint(foreground: 3)
        case .mine: Paint(foreground: 5, attributes: .bold)
        case .title: Paint(foreground: 4, attributes: .bold)
        case .selection: Paint(foreground: 7, background: 4)
        case .danger: Paint(foreground: 7, background: 1, attributes: .bold)
        case .account: Paint(foreground: 6, attributes: .bold)
        }
    }

    private static func sixteenColor(_ role: Style.Role) -> Paint {
        switch role {
        case .normal: Paint()
        case .muted: Paint(foreground: 8)
        case .accent: Paint(foreground: 6)
        case .good: Paint(foreground: 2)
        case .bad: Paint(foreground: 9, attributes: .bold)
        case .warning: Paint(foreground: 3)
        case .mine: Paint(foreground: 13, attributes: .bold)
        case .title: Paint(foreground: 12, attributes: .bold)
        case .selection: Paint(foreground: 15, background: 4)
        case .danger: Paint(foreground: 15, background: 1, attributes: .bold)
        case .account: Paint(foreground: 6, attributes: .bold)
        }
    }

    private static func twoFiftySixColor(_ role: Style.Role) -> Paint {
        switch role {
        case .normal: Paint()
        case .muted: Paint(foreground: 245)
        case .accent: Paint(foreground: 38)
        case .good: Paint(foreground: 71)
        case .bad: Paint(foreground: 203, attributes: .bold)
        case .warning: Paint(foreground: 214)
        case .mine: Paint(foreground: 141, attributes: .bold)
        case .title: Paint(foreground: 75, attributes: .bold)
        case .selection: Paint(foreground: 231, background: 24)
        case .danger: Paint(foreground: 231, background: 160, attributes: .bold)
        case .account: Paint(foreground: 38, attributes: .bold)
        }
    }
}

extension StylePalette {
    /// The paint of an `.account` cell tinted with the operator's colour: the role's attributes, the tint as
    /// foreground. Without colour the tint is dropped and the role's attributes remain.
    static func tintPaint(_ tint: AccentColor, mode: ColorMode) -> Paint {
        let base = paint(for: .account, mode: mode)
        guard mode != .none else { return base }
        return Paint(foreground: tint.colorNumber, attributes: base.attributes)
    }
}
