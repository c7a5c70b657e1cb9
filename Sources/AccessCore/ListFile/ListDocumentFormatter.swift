import Foundation

/// Writes the live list as a file `ListDocumentParser` reads back to the same document: every range once,
/// normalised, sorted by family, then address, then prefix length, with its note and expiry; no timestamps, no
/// ids, no alignment that depends on other lines, so the same list gives the same bytes and one changed rule
/// changes one line of a git diff.
public enum ListDocumentFormatter {
    /// One rule of the output.
    public struct Line: Hashable, Sendable {
        public let range: CIDR
        public let note: String?
        public let expires: Date?
    }

    /// The header of the text format (a comment).
    public static let textHeader = [
        "# SendGrid IP access allow list (sgaccess export). One range per line; after '#', a note and",
        "# expires=DATE. Check it with `sgaccess plan FILE`, make the list match with `sgaccess apply FILE`.",
    ]

    /// The ranges of `rules` (unparsable ones left out: they cannot be written as a range), once each, sorted,
    /// with their annotations (keyed by `CIDR.description`).
    public static func lines(rules: [AllowRule], annotations: [String: Annotation]) -> [Line] {
        Set(rules.compactMap(\.range)).sorted().map { range in
            let annotation = annotations[range.description]
            return Line(range: range, note: annotation?.note.map(oneLine), expires: annotation?.expires)
        }
    }

    /// The text format; ends with a newline.
    public static func text(rules: [AllowRule], annotations: [String: Annotation]) -> String {
        let body = lines(rules: rules, annotations: annotations).map { line -> String in
            var comment: [String] = []
            if let note = line.note { comment.append(note) }
            if let expires = line.expires { comment.append(ListDocumentParser.expiresKey + ExpirySpec.format(expires)) }
            return line.range.description + (comment.isEmpty ? "" : "  # " + comment.joined(separator: "  "))
        }
        return (textHeader + body).joined(separator: "\n") + "\n"
    }

    /// The JSON format, one rule per line, keys in a fixed order; ends with a newline.
    public static func json(rules: [AllowRule], annotations: [String: Annotation]) -> String {
        let rows = lines(rules: rules, annotations: annotations).map { line -> String in
            var fields = [#""range": "# + jsonString(line.range.description)]
            if let note = line.note { fields.append(#""note": "# + jsonString(note)) }
            if let expires = line.expires { fields.append(#""expires": "# + jsonString(ExpirySpec.format(expires))) }
            return "    {" + fields.joined(separator: ", ") + "}"
        }
        let rules = rows.isEmpty ? #"  "rules": []"# : "  \"rules\": [\n" + rows.joined(separator: ",\n") + "\n  ]"
        return "{\n" + rules + "\n}\n"
    }

    /// A note as the text format can hold it: control and format characters (which a terminal or an editor could
    /// act on) become U+FFFD.
    static func oneLine(_ note: String) -> String {
        String(String.UnicodeScalarView(note.unicodeScalars.map { isUnsafe($0) ? "\u{FFFD}" : $0 }))
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    /// A JSON string literal: quotes and backslashes escaped; everything else printable as is.
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
