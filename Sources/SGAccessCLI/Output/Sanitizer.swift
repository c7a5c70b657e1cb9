/// Makes untrusted text (anything the API returns) safe to print on a terminal.
///
/// Control characters (C0, DEL, C1: ESC, `\r`, `\b`, NUL, …), format characters (bidi overrides and isolates,
/// zero-width space/joiners, BOM) and line/paragraph separators become U+FFFD, so a tampered string stays
/// visibly suspicious instead of moving the cursor or reordering the line. Tabs become a space.
public enum Sanitizer {
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// The text with every unsafe scalar replaced; cut to `maxColumns` terminal columns with "…" when longer.
    public static func terminalSafe(_ text: String, maxColumns: Int? = nil) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                scalars.append(" ")
            } else if isUnsafe(scalar) {
                scalars.append(replacement)
            } else {
                scalars.append(scalar)
            }
        }
        let clean = String(scalars)
        guard let maxColumns else { return clean }
        return DisplayWidth.truncate(clean, toColumns: maxColumns)
    }

    /// True for scalars that must never reach a terminal raw.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned:
            return true
        default:
            // Variation selectors and combining marks are fine; noncharacters are not.
            return scalar.properties.isNoncharacterCodePoint
        }
    }
}
