extension StringProtocol {
    /// The text without leading and trailing whitespace (spaces, tabs, line breaks): how keys, key files, URLs,
    /// on-behalf-of values and discovery answers are read.
    func trimmingSpacesAndNewlines() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
