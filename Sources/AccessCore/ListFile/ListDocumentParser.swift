import Foundation

/// Reads an allow-list file: the text `sgaccess export` writes, or its JSON (`export --format json`).
///
/// CONTRACT (text).
/// - One range per line, in any form `AllowEntryParser` accepts (`1.2.3.4`, `1.2.3.4/32`, `203.0.113.*`,
///   `2001:db8::/32`), normalised before comparing, so `1.2.3.4` and `1.2.3.4/32` are the same rule.
/// - `#` starts a comment; blank lines and comment lines are ignored. A comment after a range is its annotation:
///   the note, and `expires=DATE` (a date `2027-01-01` or an ISO 8601 time, never a duration: a file is read on
///   many days), as export writes them: `198.51.100.7/32  # build agent  expires=2027-01-01`.
/// - A range named twice, however written, is kept once: with the same note and expiry a warning, with a
///   different one an error (the file would say two things about one rule).
/// - Every problem names its line; all problems are reported at once (up to `maxProblems`).
/// JSON: `{"rules": [{"range": "198.51.100.7/32", "note": "build agent", "expires": "2027-01-01"}]}`, `note` and
/// `expires` optional (or null); other keys of a rule are errors (a typo would lose a note silently).
public enum ListDocumentParser {
    public static let maxProblems = 20

    /// Parses `text`; `format` nil detects it (JSON when the first non-blank character is `{`).
    public static func parse(
        _ text: String, format: ListDocument.Format? = nil
    ) -> Result<ListDocument, ListFileFailure> {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        switch format ?? detect(body) {
        case .text: return parseText(body)
        case .json: return parseJSON(body)
        }
    }

    /// JSON when the first character that is not white space is `{`; text otherwise.
    public static func detect(_ text: String) -> ListDocument.Format {
        text.first { !$0.isWhitespace } == "{" ? .json : .text
    }

    static func parseText(_ text: String) -> Result<ListDocument, ListFileFailure> {
        var collector = ListDocumentCollector()
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (index, line) in lines.enumerated() {
            switch parseLine(line, number: index + 1) {
            case .success(let entry?): collector.add(entry)
            case .success(.none): continue
            case .failure(let problem): collector.fail(problem)
            }
            if collector.isFull { break }
        }
        return collector.result()
    }

    /// The entry on one line; nil for a blank or comment line.
    static func parseLine(_ line: Substring, number: Int) -> Result<ListDocument.Entry?, ListFileProblem> {
        let hash = line.firstIndex(of: "#")
        let rangeText = line[..<(hash ?? line.endIndex)].trimmingCharacters(in: .whitespaces)
        guard !rangeText.isEmpty else { return .success(nil) }
        let pieces = AllowEntryParser.splitEntries(rangeText)
        guard pieces.count == 1 else {
            return .failure(
                ListFileProblem(
                    line: number,
                    "\(quoted(rangeText)) holds \(pieces.count) entries; write one range per line "
                        + "(a note goes after '#')."))
        }
        let entry: AllowEntry
        switch AllowEntryParser.parse(rangeText) {
        case .success(let parsed): entry = parsed
        case .failure(let error): return .failure(ListFileProblem(line: number, error.message))
        }
        var note: String?
        var expires: Date?
        if let hash {
            switch annotation(line[line.index(after: hash)...], line: number) {
            case .success(let found): (note, expires) = found
            case .failure(let problem): return .failure(problem)
            }
        }
        return .success(
            ListDocument.Entry(range: entry.range, input: entry.input, note: note, expires: expires, line: number))
    }

    /// The note and the `expires=` of a trailing comment.
    static func annotation(_ comment: Substring, line: Int) -> Result<(String?, Date?), ListFileProblem> {
        let text = comment.trimmingCharacters(in: .whitespaces)
        let tokens = text.split(whereSeparator: \.isWhitespace)
        let marked = tokens.filter { $0.hasPrefix(expiresKey) }
        guard marked.count <= 1 else {
            return .failure(ListFileProblem(line: line, "The comment names expires= \(marked.count) times; keep one."))
        }
        guard let token = marked.first, let range = text.range(of: token) else {
            return .success((text.isEmpty ? nil : text, Date?.none))
        }
        let value = String(token.dropFirst(expiresKey.count))
        let note = [text[..<range.lowerBound], text[range.upperBound...]]
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
        return expiry(value, line: line).map { (note, $0) }
    }

    static let expiresKey = "expires="

    /// An absolute expiry: a date (00:00 UTC) or an ISO 8601 time.
    static func expiry(_ value: String, line: Int?) -> Result<Date, ListFileProblem> {
        if let instant = ExpirySpec.instant(value) { return .success(instant) }
        let relative = ExpirySpec.duration(value) != nil
        return .failure(
            ListFileProblem(
                line: line,
                relative
                    ? "expires=\(value.prefix(40)) is relative; a file is read on many days, so write the date it "
                        + "ends (expires=2027-01-01) or an ISO 8601 time (expires=2027-01-01T12:00:00Z)."
                    : "\(quoted(value)) is not an expiry; write a date (expires=2027-01-01) or an ISO 8601 time "
                        + "(expires=2027-01-01T12:00:00Z)."))
    }

    static func quoted(_ text: String) -> String {
        let short = text.count > 60 ? String(text.prefix(57)) + "…" : text
        return "'\(short)'"
    }
}
