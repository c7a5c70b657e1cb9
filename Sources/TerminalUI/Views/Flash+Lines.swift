extension Flash {
    /// Most rows a flash takes; the panes give up a row for each row past the first. Three hold the longest
    /// error sentences (a 401 with SendGrid's own words and the fix) whole at 80 columns.
    public static let maxLines = 3

    /// The flash as drawn in `width` columns: " ✗ " (error) or " " before the text, word-wrapped by columns onto
    /// at most `maxLines` lines, the others indented under the first. Text that needs more keeps its start and
    /// its end — what happened and what to do next — and loses the middle: the last line is "… <the end>".
    public func lines(width: Int) -> [String] {
        let prefix = kind == .error ? " ✗ " : " "
        let indent = String(repeating: " ", count: DisplayWidth.of(prefix))
        let room = max(2, width - DisplayWidth.of(prefix))
        var wrapped = TextLayout.wrap(text, to: room)
        guard let first = wrapped.first else { return [prefix] }
        if wrapped.count > Flash.maxLines {
            wrapped = Array(wrapped.prefix(Flash.maxLines - 1)) + [TextLayout.tail(text, to: room)]
        }
        return [prefix + first] + wrapped.dropFirst().map { indent + $0 }
    }
}

extension AppState {
    /// Rows the flash line needs at the current width: 1, or up to `Flash.maxLines` while a flash is too long for one.
    /// The filter being typed uses that line instead, on one row.
    public var flashLines: Int {
        if case .filter = overlay { return 1 }
        guard let shown = flashLineContent else { return 1 }
        return shown.lines(width: width).count
    }
}
