import TerminalUI

/// Untrusted text made safe to print, with TerminalUI's `Sanitizer` rules (every scalar that could move the
/// cursor, reorder or hide text becomes U+FFFD) but without its length cap, so long sentences survive whole;
/// optionally cut to a number of terminal columns with "…".
enum SafeText {
    static func clean(_ text: String, maxColumns: Int? = nil) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(Sanitizer.isHostile(scalar) ? Sanitizer.placeholder : scalar)
        }
        let clean = String(scalars)
        guard let maxColumns else { return clean }
        return TextLayout.truncate(clean, to: maxColumns)
    }
}
