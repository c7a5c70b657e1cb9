import Foundation

extension ListDocumentParser {
    static let ruleKeys: Set<String> = ["range", "note", "expires"]

    static func parseJSON(_ text: String) -> Result<ListDocument, ListFileFailure> {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            return .failure(
                ListFileFailure([
                    ListFileProblem(
                        line: nil,
                        "It starts with '{' but is not valid JSON (\(jsonReason(error))); fix it, or write the text "
                            + "format (one range per line).")
                ]))
        }
        guard let top = object as? [String: Any], let rules = top["rules"] as? [Any] else {
            return .failure(
                ListFileFailure([
                    ListFileProblem(
                        line: nil,
                        #"The JSON has no "rules" array; write {"rules": [{"range": "198.51.100.7/32"}]}, "#
                            + "as `sgaccess export --format json` does.")
                ]))
        }
        let lines = rangeKeyLines(text)
        var collector = ListDocumentCollector()
        for (index, rule) in rules.enumerated() {
            let line = lines.count == rules.count ? lines[index] : nil
            switch entry(rule, number: index + 1, line: line) {
            case .success(let entry): collector.add(entry)
            case .failure(let problem): collector.fail(problem)
            }
            if collector.isFull { break }
        }
        return collector.result()
    }

    /// One rule object of the JSON.
    static func entry(_ value: Any, number: Int, line: Int?) -> Result<ListDocument.Entry, ListFileProblem> {
        func problem(_ text: String) -> ListFileProblem { ListFileProblem(line: line, "rule \(number): " + text) }
        guard let rule = value as? [String: Any] else { return .failure(problem(#"is not an object {"range": …}."#)) }
        if let unknown = rule.keys.sorted().first(where: { !ruleKeys.contains($0) }) {
            return .failure(problem("unknown key \(quoted(unknown)); a rule has range, note and expires."))
        }
        guard let text = rule["range"] as? String else {
            return .failure(problem(#"has no "range" string; write e.g. "range": "198.51.100.7/32"."#))
        }
        let parsed: AllowEntry
        switch AllowEntryParser.parse(text) {
        case .success(let entry): parsed = entry
        case .failure(let error): return .failure(problem(error.message))
        }
        let note = rule["note"].flatMap { $0 is NSNull ? nil : $0 }
        guard note == nil || note is String else { return .failure(problem(#""note" must be a string or null."#)) }
        var expires: Date?
        switch rule["expires"].flatMap({ $0 is NSNull ? nil : $0 }) {
        case nil: break
        case let value as String:
            switch expiry(value, line: line) {
            case .success(let instant): expires = instant
            case .failure(let failure): return .failure(problem(failure.message))
            }
        default: return .failure(problem(#""expires" must be a string (a date or an ISO 8601 time) or null."#))
        }
        return .success(
            ListDocument.Entry(
                range: parsed.range, input: parsed.input, note: note as? String, expires: expires, line: line ?? 0))
    }

    /// The 1-based lines holding a `"range":` key, in order (one per rule in the files export writes).
    static func rangeKeyLines(_ text: String) -> [Int] {
        var lines: [Int] = []
        var line = 1
        var rest = Substring(text)
        while let found = rest.range(of: #""range""#) {
            line += rest[..<found.lowerBound].reduce(0) { $0 + ($1.isNewline ? 1 : 0) }
            rest = rest[found.upperBound...]
            if rest.drop(while: { $0 == " " || $0 == "\t" }).first == ":" { lines.append(line) }
        }
        return lines
    }

    private static func jsonReason(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error.localizedDescription)"
        return String(text.prefix(120))
    }
}
