/// Finds where a key or table is written in a TOML text, because TOMLKit's parsed tables carry no positions:
/// every error about a value must still name its line. Understands `[table]` headers, `key = value` lines with
/// bare, quoted and dotted keys, and skips the inside of multi-line strings.
struct SourceLocator {
    /// Dotted path ("profiles.prod.region") to the 1-based line where it first appears.
    private(set) var lines: [String: Int] = [:]
    /// Table paths in the order their headers appear (for profiles in file order).
    private(set) var tableOrder: [[String]] = []

    init(_ text: String) {
        var table: [String] = []
        var insideMultiline: String?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: [" ", "\t", "\r"])
            if let fence = insideMultiline {
                if line.components(separatedBy: fence).count.isMultiple(of: 2) { insideMultiline = nil }
                continue
            }
            if line.hasPrefix("[") {
                let inner = line.drop { $0 == "[" }.prefix { $0 != "]" }
                table = Self.keyPath(String(inner))
                record(table, line: index + 1)
                tableOrder.append(table)
            } else if let equals = line.firstIndex(of: "="), !line.hasPrefix("#") {
                record(table + Self.keyPath(String(line[..<equals])), line: index + 1)
                let value = line[line.index(after: equals)...]
                for fence in ["\"\"\"", "'''"] where value.components(separatedBy: fence).count == 2 {
                    insideMultiline = fence
                }
            }
        }
    }

    /// The line of `path`, else of its closest enclosing table that is written down.
    func line(of path: [String]) -> Int? {
        var path = path
        while !path.isEmpty {
            if let line = lines[path.joined(separator: ".")] { return line }
            path.removeLast()
        }
        return nil
    }

    private mutating func record(_ path: [String], line: Int) {
        let key = path.joined(separator: ".")
        if lines[key] == nil { lines[key] = line }
    }

    /// `a."b.c".d` -> ["a", "b.c", "d"].
    static func keyPath(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "." {
                parts.append(current)
                current = ""
            } else if character != " " && character != "\t" {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }
}
