/// THE table of scalars that must never reach a terminal, a log line or an error sentence as they are.
/// `Sanitizer` (and through it every module of sgaccess) consults this table and no other.
///
/// Each range can move the cursor, clear or retitle the screen, reorder the text around it (bidi), hide itself
/// (zero width, invisible operators, tags) or break a line where the reader sees none:
///
/// - C0 controls U+0000–001F (NUL cuts C strings; ESC starts every escape sequence), DEL U+007F, and C1
///   controls U+0080–009F (U+009B is a one-byte CSI, U+0085 a line break);
/// - U+061C ARABIC LETTER MARK, U+200E/200F LRM/RLM, U+202A–202E embeddings and overrides, U+2066–2069 isolates;
/// - U+180E MONGOLIAN VOWEL SEPARATOR and U+200B–200D zero-width space, non-joiner and joiner;
/// - U+2028/2029 line and paragraph separators;
/// - U+2060–2064 word joiner and invisible operators, U+2065 (reserved, invisible where assigned), and the
///   deprecated format controls U+206A–206F;
/// - U+FEFF zero-width no-break space (BOM);
/// - U+FFF9–FFFB interlinear annotation anchors, separator and terminator;
/// - U+E0000–E007F tag characters (invisible text riding along with visible text).
///
/// Not hostile, by decision: variation selectors U+FE00–FE0F and U+E0100–E01EF. They are zero width but only
/// choose a glyph for the character before them (✓ versus ✓️): they cannot move, hide or reorder anything, and
/// removing them would change how ordinary emoji look. Lone surrogates cannot occur in a Swift `String`.
public enum HostileScalars {
    /// The hostile ranges, sorted and disjoint (the tests check both).
    public static let ranges: [ClosedRange<UInt32>] = [
        0x0000...0x001F,
        0x007F...0x009F,
        0x061C...0x061C,
        0x180E...0x180E,
        0x200B...0x200F,
        0x2028...0x202E,
        0x2060...0x206F,
        0xFEFF...0xFEFF,
        0xFFF9...0xFFFB,
        0xE0000...0xE007F,
    ]

    /// True when `scalar` is in `ranges`. Printable ASCII and most letters answer without a search.
    @inlinable
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x7F { return v < 0x20 }
        if v < 0xA0 { return true }
        if v < 0x061C { return false }
        var lo = 0
        var hi = ranges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let range = ranges[mid]
            if v < range.lowerBound {
                hi = mid - 1
            } else if v > range.upperBound {
                lo = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
