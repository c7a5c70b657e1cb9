/// Text that came from the network, made safe to put into an error sentence: control characters, bidi
/// overrides and zero-width characters become U+FFFD, and long text is cut.
enum UntrustedText {
    static let maxLength = 300

    static func clean(_ text: String, redactor: Redactor) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in redactor.redact(text).unicodeScalars {
            scalars.append(isUnsafe(scalar) ? "\u{FFFD}" : scalar)
        }
        let cleaned = String(scalars)
        guard cleaned.count > maxLength else { return cleaned }
        return String(cleaned.prefix(maxLength)) + "…"
    }

    static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: return true
        default: return false
        }
    }
}
