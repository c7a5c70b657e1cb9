import CNcursesw

/// Prepares a cell's text for ncurses: the scalars to hand to `setcchar` and the columns they take.
/// Defence in depth: the UI sanitises untrusted text, but a control character reaching ncurses would move
/// the cursor or draw `^[`, so controls become "?" here too.
public enum CellText {
    /// At most this many scalars go into one cchar_t (a base character plus combining marks).
    public static let maxScalars = 4

    /// Scalars for one cell, controls replaced, never empty (a blank cell is a space).
    public static func scalars(of text: String) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(2)
        for scalar in text.unicodeScalars {
            if result.count == maxScalars { break }
            result.append(isControl(scalar.value) ? 0x3F : scalar.value)
        }
        return result.isEmpty ? [0x20] : result
    }

    /// Display columns of a cell's first scalar: 2 for wide characters, otherwise 1.
    public static func columns(of scalar: UInt32) -> Int {
        wcwidth(wchar_t(bitPattern: scalar)) == 2 ? 2 : 1
    }

    static func isControl(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F...0x9F).contains(value)
    }
}
