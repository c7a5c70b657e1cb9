extension Grid {
    /// This grid as the terminal can show it: itself for UTF-8; for ASCII every cell folded to one printable
    /// ASCII character (`ASCIIFold`), a wide character and its continuation cell becoming `??`. Styles, the size
    /// and every row's column count are kept.
    public func folded(to charset: Charset) -> Grid {
        guard charset == .ascii else { return self }
        var out = self
        for index in cells.indices {
            let cell = cells[index]
            guard let first = cell.text.unicodeScalars.first else {
                out.cells[index].text = String(ASCIIFold.unknown)  // right half of a wide character
                continue
            }
            if cell.text.utf8.count == 1 && first.value >= 0x20 && first.value < 0x7F { continue }
            out.cells[index].text =
                DisplayWidth.of(first) == 2 ? String(ASCIIFold.unknown) : String(ASCIIFold.character(for: first))
        }
        return out
    }
}
