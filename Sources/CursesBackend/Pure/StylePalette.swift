import TerminalKit

/// Maps `Style` (semantic role + attributes) to a colour pair and attributes for one `ColorMode`.
/// Pure: the session turns the result into ncurses calls. Colour numbers are terminal colour indexes;
/// -1 is the terminal's default colour.
public struct StylePalette: Hashable, Sendable {
    /// The colours and attributes one role stands for.
    public struct Paint: Hashable, Sendable {
        public var foreground: Int16
        public var background: Int16
        public var attributes: CellAttributes

        public init(foreground: Int16 = -1, background: Int16 = -1, attributes: CellAttributes = []) {
            self.foreground = foreground
            self.background = background
            self.attributes = attributes
        }

        var hasColor: Bool { foreground != -1 || background != -1 }
    }

    /// A colour pair to register with `init_pair`.
    public struct PairDefinition: Hashable, Sendable {
        public var pair: Int16
        public var foreground: Int16
        public var background: Int16
    }

    public let mode: ColorMode
    private let paints: [Paint]
    /// The `.account` role's paint for each `AccentColor`, by its position in `AccentColor.allCases`.
    private let tints: [Paint]

    public init(mode: ColorMode) {
        self.mode = mode
        self.paints = Style.Role.allCases.map { Self.paint(for: $0, mode: mode) }
        self.tints = AccentColor.allCases.map { Self.tintPaint($0, mode: mode) }
    }

    /// The paint for a role in this palette's mode.
    public func paint(for role: Style.Role) -> Paint { paints[Int(role.rawValue)] }

    /// Pair number and attributes for a style: the role's attributes plus the style's own flags.
    public func resolve(_ style: Style) -> (pair: Int16, attributes: CellAttributes) {
        if style.role == .account, let tint = style.tint, let index = AccentColor.allCases.firstIndex(of: tint) {
            let paint = tints[index]
            return (paint.hasColor ? Self.tintPairNumber(index) : 0, Self.attributes(paint, style))
        }
        let paint = paints[Int(style.role.rawValue)]
        return (paint.hasColor ? Self.pairNumber(for: style.role) : 0, Self.attributes(paint, style))
    }

    private static func attributes(_ paint: Paint, _ style: Style) -> CellAttributes {
        var attributes = paint.attributes
        if style.bold { attributes.insert(.bold) }
        if style.reverse { attributes.insert(.reverse) }
        if style.underline { attributes.insert(.underline) }
        if style.dim { attributes.insert(.dim) }
        return attributes
    }

    /// The pairs to register (none without colour). Pair 0 stays the terminal default.
    public var pairDefinitions: [PairDefinition] {
        guard mode != .none else { return [] }
        let roles = Style.Role.allCases.compactMap { role -> PairDefinition? in
            let paint = paints[Int(role.rawValue)]
            guard paint.hasColor else { return nil }
            return PairDefinition(
                pair: Self.pairNumber(for: role), foreground: paint.foreground, background: paint.background)
        }
        let tinted = tints.enumerated().map { index, paint in
            PairDefinition(pair: Self.tintPairNumber(index), foreground: paint.foreground, background: paint.background)
        }
        return roles + tinted
    }

    static func pairNumber(for role: Style.Role) -> Int16 { Int16(role.rawValue) + 1 }
    /// The tinted account pairs come after every role's pair.
    static func tintPairNumber(_ index: Int) -> Int16 { Int16(Style.Role.allCases.count + 1 + index) }
}
