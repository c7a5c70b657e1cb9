/// Fitting text into columns: truncation with `…` and padding, both measured in display columns.
public enum TextLayout {
    public enum Alignment: Sendable { case left, right }

    /// `text` cut to at most `width` columns; a cut ends with `…`. Never splits a wide character.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if text.utf8.count <= width && text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        if DisplayWidth.of(text) <= width { return text }
        var out = String.UnicodeScalarView()
        var used = 0
        for scalar in text.unicodeScalars {
            let w = DisplayWidth.of(scalar)
            if used + w > width - 1 { break }
            out.append(scalar)
            used += w
        }
        out.append("…")
        return String(out)
    }

    /// `text` truncated and then padded with spaces to exactly `width` columns.
    public static func fit(_ text: String, to width: Int, align: Alignment = .left) -> String {
        let cut = truncate(text, to: width)
        let pad = max(0, width - DisplayWidth.of(cut))
        let spaces = String(repeating: " ", count: pad)
        return align == .left ? cut + spaces : spaces + cut
    }
}
