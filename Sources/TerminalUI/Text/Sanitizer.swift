/// Makes untrusted text (anything the API returns) safe to draw. Applied once, when API data enters the state.
///
/// Every scalar that could move the cursor, reorder text, hide itself or cut a C string — C0 and C1 controls,
/// DEL, NUL, bidi embedding/override/isolate controls (U+202A–202E, U+2066–2069), zero-width and invisible
/// formatting characters (U+200B–U+200F, U+2060, U+FEFF) and line/paragraph separators (U+2028/2029) — becomes
/// the visible `placeholder`. Text longer than `maxScalars` is cut and ends with `…`.
public enum Sanitizer {
    /// What a hostile scalar becomes: U+FFFD REPLACEMENT CHARACTER, one column wide.
    public static let placeholder: Unicode.Scalar = "\u{FFFD}"
    /// Longest text kept from the API, in scalars.
    public static let maxScalars = 256

    /// True for scalars that must never reach the terminal as-is.
    @inlinable
    public static func isHostile(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || v == 0x7F { return true }
        if v < 0xA0 { return v >= 0x80 }
        if v < 0x200B { return false }
        switch v {
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF: return true
        default: return false
        }
    }

    /// The sanitised form of `text`.
    public static func sanitize(_ text: String) -> String {
        var hostile = false
        var count = 0
        for scalar in text.unicodeScalars {
            count += 1
            if isHostile(scalar) { hostile = true }
        }
        if !hostile && count <= maxScalars { return text }
        let keep = count <= maxScalars ? count : maxScalars - 1
        var out = String.UnicodeScalarView()
        for (i, scalar) in text.unicodeScalars.enumerated() {
            if i == keep { break }
            out.append(isHostile(scalar) ? placeholder : scalar)
        }
        if keep < count { out.append("…") }
        return String(out)
    }
}
