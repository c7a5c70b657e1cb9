/// How a cell looks, as semantic roles and attributes; the backend maps roles to colours (or to nothing
/// under NO_COLOR / monochrome). Meaning is never carried by colour alone: views also use glyphs or attributes.
public struct Style: Hashable, Sendable {
    public enum Role: UInt8, Hashable, Sendable, CaseIterable {
        case normal, muted, accent, good, bad, warning, mine, title, selection, danger
        /// The account the screen is about (header, account picker): painted in the style's `tint` when set.
        case account
    }

    public var role: Role
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool
    /// The operator's colour for an `.account` cell (nil: the role's own colour); other roles ignore it.
    public var tint: AccentColor?

    public init(
        role: Role = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false,
        tint: AccentColor? = nil
    ) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
        self.tint = tint
    }

    public static let plain = Style()
}
