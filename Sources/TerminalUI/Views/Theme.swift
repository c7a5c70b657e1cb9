/// The styles views use, by meaning. Meaning never rests on colour alone: each has a glyph or attribute too.
enum Theme {
    static let text = Style()
    static let muted = Style(role: .muted)
    static let key = Style(role: .accent, bold: true)
    static let appName = Style(role: .accent, bold: true)
    static let paneTitle = Style(role: .title, bold: true)
    static let paneTitleFocused = Style(role: .title, bold: true, reverse: true)
    static let columnHeader = Style(role: .muted, underline: true)
    static let selected = Style(role: .selection, reverse: true)
    static let selectedUnfocused = Style(role: .selection, underline: true)
    static let mine = Style(role: .mine, bold: true)
    static let good = Style(role: .good)
    static let bad = Style(role: .bad, bold: true)
    static let warning = Style(role: .warning, bold: true)
    static let readOnly = Style(role: .warning, bold: true, reverse: true)
    static let danger = Style(role: .danger, bold: true)
    static let border = Style(role: .muted)
    static let dialogBorder = Style(role: .accent, bold: true)
    static let dangerBorder = Style(role: .danger, bold: true)
    static let flashInfo = Style(role: .accent)
    static let flashError = Style(role: .bad, bold: true)

    /// The account segment: bold in the profile's colour (bold and reverse without colour).
    static func account(_ tint: AccentColor?) -> Style { Style(role: .account, bold: true, tint: tint) }

    static let mineGlyph = "★"
    static let markGlyph = "●"
}
