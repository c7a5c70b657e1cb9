/// The one sanitiser of sgaccess: makes untrusted text (from the API, argv, the environment, a file) safe to
/// draw on a screen, print on a terminal or write to a log line.
///
/// Every scalar of `HostileScalars` becomes the visible `placeholder` (one column, like most hostile scalars'
/// would-be cell), everything else is kept as it is. Three forms:
/// - `sanitize(_:)` for data that enters the app's state: also cut to `maxScalars`;
/// - `clean(_:maxColumns:)` for sentences: no scalar cap, optionally cut to terminal columns with `…`;
/// - `cleanLines(_:)` for our own multi-line messages: each line cleaned, `\n` and `\t` kept.
public enum Sanitizer {
    /// What a hostile scalar becomes: U+FFFD REPLACEMENT CHARACTER, one column wide.
    public static let placeholder: Unicode.Scalar = "\u{FFFD}"
    /// Longest text `sanitize(_:)` keeps, in scalars.
    public static let maxScalars = 256

    /// True for scalars that must never reach the terminal as they are (see `HostileScalars`).
    @inlinable
    public static func isHostile(_ scalar: Unicode.Scalar) -> Bool {
        HostileScalars.contains(scalar)
    }

    /// True when `text` holds no hostile scalar.
    public static func isSafe(_ text: String) -> Bool {
        !text.unicodeScalars.contains(where: isHostile)
    }

    /// `text` with every hostile scalar replaced by `placeholder`, cut to `maxScalars` scalars (a cut text ends
    /// with `…`). Safe text no longer than the cap is returned unchanged.
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

    /// `text` with every hostile scalar replaced by `placeholder`, whole (no scalar cap), or cut to at most
    /// `maxColumns` terminal columns with `…` (`TextLayout.truncate`).
    public static func clean(_ text: String, maxColumns: Int? = nil) -> String {
        let clean = replacingHostile(text, keeping: [])
        guard let maxColumns else { return clean }
        return TextLayout.truncate(clean, to: maxColumns)
    }

    /// Like `clean(_:)` but keeps line feeds and tabs, so that a multi-line message of our own (help, usage,
    /// a table) keeps its shape while each line is made safe. A carriage return is still hostile: it would
    /// let a line overwrite the one the reader thinks they see.
    public static func cleanLines(_ text: String) -> String {
        replacingHostile(text, keeping: [0x0A, 0x09])
    }

    private static func replacingHostile(_ text: String, keeping allowed: Set<UInt32>) -> String {
        guard text.unicodeScalars.contains(where: { isHostile($0) && !allowed.contains($0.value) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(isHostile(scalar) && !allowed.contains(scalar.value) ? placeholder : scalar)
        }
        return String(out)
    }
}
