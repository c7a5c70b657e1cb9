extension TextLayout {
    /// `text` broken into lines of at most `width` terminal columns: at spaces where possible, a word wider than a
    /// line cut by columns (never inside a wide character). At most `maxLines` lines; when text remains, the last
    /// line ends with `…`. Runs of spaces collapse to one; empty text gives no lines. `width` of 2 or more keeps
    /// every line within it (a wide character alone needs 2).
    public static func wrap(_ text: String, to width: Int, maxLines: Int = .max) -> [String] {
        guard width > 0, maxLines > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var piece = String(word)
            var pieceWidth = DisplayWidth.of(piece)
            if used > 0 && used + 1 + pieceWidth <= width {
                line += " " + piece
                used += 1 + pieceWidth
                continue
            }
            if used > 0 {
                lines.append(line)
                line = ""
                used = 0
            }
            while pieceWidth > width {
                let (head, rest) = split(piece, at: width)
                lines.append(head)
                piece = rest
                pieceWidth = DisplayWidth.of(piece)
            }
            line = piece
            used = pieceWidth
        }
        if used > 0 || !line.isEmpty { lines.append(line) }
        guard lines.count > maxLines else { return lines }
        let rest = lines[(maxLines - 1)...].joined(separator: " ")
        // Greedy filling means the rest never fits on one line: it is always cut.
        return Array(lines[..<(maxLines - 1)]) + [truncate(rest, to: width)]
    }

    /// The longest head of `text` that fits in `width` columns (at least one scalar), and the rest.
    private static func split(_ text: String, at width: Int) -> (String, String) {
        var head = String.UnicodeScalarView()
        var used = 0
        var index = text.unicodeScalars.startIndex
        while index < text.unicodeScalars.endIndex {
            let w = DisplayWidth.of(text.unicodeScalars[index])
            if used + w > width && !head.isEmpty { break }
            head.append(text.unicodeScalars[index])
            used += w
            index = text.unicodeScalars.index(after: index)
        }
        return (String(head), String(text.unicodeScalars[index...]))
    }
}

extension TextLayout {
    /// The longest end of `text` that starts at a word and, after `… `, fits in `width` columns: "… file given to
    /// --api-key-file." (a last word wider than that is cut from its left). For the line that keeps a message's
    /// end, where a sentence says what to do next, when the middle has to go.
    public static func tail(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        let room = width - 2
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        var kept: [Substring] = []
        var used = 0
        for word in words.reversed() {
            let w = DisplayWidth.of(String(word))
            let extra = kept.isEmpty ? w : w + 1
            if used + extra > room { break }
            kept.insert(word, at: 0)
            used += extra
        }
        if kept.count == words.count { return kept.joined(separator: " ") }
        if kept.isEmpty, let last = words.last {
            var scalars = Array(last.unicodeScalars)
            while !scalars.isEmpty && DisplayWidth.of(String(String.UnicodeScalarView(scalars))) > room {
                scalars.removeFirst()
            }
            return "… " + String(String.UnicodeScalarView(scalars))
        }
        return "… " + kept.joined(separator: " ")
    }
}
