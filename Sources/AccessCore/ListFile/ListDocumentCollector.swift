/// Gathers a file's entries in order, keeping each range once (see `ListDocumentParser`'s duplicate rule), and
/// its problems.
struct ListDocumentCollector {
    private(set) var entries: [ListDocument.Entry] = []
    private(set) var warnings: [ListFileProblem] = []
    private(set) var problems: [ListFileProblem] = []
    private var seen: [CIDR: ListDocument.Entry] = [:]

    var isFull: Bool { problems.count >= ListDocumentParser.maxProblems }

    mutating func fail(_ problem: ListFileProblem) {
        if !isFull { problems.append(problem) }
    }

    mutating func add(_ entry: ListDocument.Entry) {
        if case .hostBitsCleared(_, let network)? = AllowEntryParser.parse(entry.input).warning {
            warnings.append(
                ListFileProblem(
                    line: entry.line,
                    "\(ListDocumentParser.quoted(entry.input)) has host bits set; it means \(network) "
                        + "(\(network.sizeDescription) addresses)."))
        }
        guard let first = seen[entry.range] else {
            seen[entry.range] = entry
            entries.append(entry)
            return
        }
        let same = "\(ListDocumentParser.quoted(entry.input)) is \(entry.range), already on line \(first.line)"
        if first.note == entry.note && first.expires == entry.expires {
            warnings.append(ListFileProblem(line: entry.line, same + "; it counts once."))
        } else {
            fail(
                ListFileProblem(
                    line: entry.line,
                    same + " with a different note or expiry; keep one line for it."))
        }
    }

    func result() -> Result<ListDocument, ListFileFailure> {
        guard problems.isEmpty else { return .failure(ListFileFailure(problems)) }
        return .success(ListDocument(entries: entries, warnings: warnings))
    }
}

extension Result where Success == AllowEntry {
    fileprivate var warning: AllowEntry.Warning? { (try? get())?.warning }
}
