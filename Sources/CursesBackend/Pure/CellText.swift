import CNcursesw
import TerminalKit

/// Prepares a cell's text for ncurses: the scalars to hand to `setcchar` and the columns they take.
/// Defence in depth: the grid already sanitised the text, but a hostile scalar reaching ncurses would move the
/// cursor, draw `^[` or reorder the line, so TerminalKit's one `Sanitizer` is applied again here.
public enum CellText {
    /// At most this many scalars go into one cchar_t (a base character plus combining marks).
    public static let maxScalars = 4

    /// Scalars for one cell, hostile ones replaced by `Sanitizer.placeholder`, never empty (a blank cell is a space).
    public static func scalars(of text: String) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(2)
        for scalar in text.unicodeScalars {
            if result.count == maxScalars { break }
            result.append(value(of: scalar))
        }
        return result.isEmpty ? [0x20] : result
    }

    /// The value handed to ncurses for `scalar`: itself, or the placeholder when it is hostile.
    @inline(__always)
    static func value(of scalar: Unicode.Scalar) -> UInt32 {
        Sanitizer.isHostile(scalar) ? Sanitizer.placeholder.value : scalar.value
    }

    /// Display columns of a cell's first scalar as ncurses will count them (the C library's `wcwidth`, which
    /// decides whether a wide character still fits in the last column): 2 for wide characters, otherwise 1.
    public static func columns(of scalar: UInt32) -> Int {
        wcwidth(wchar_t(bitPattern: scalar)) == 2 ? 2 : 1
    }
}
