/// One thing wrong (or odd) in an allow-list file, tied to its line.
public struct ListFileProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// 1-based; nil for the file as a whole (empty JSON, not an object).
    public let line: Int?
    /// A sentence saying what is wrong and how to write it instead.
    public let message: String

    public init(line: Int?, _ message: String) {
        self.line = line
        self.message = message
    }

    /// "line 3: …", or the message alone.
    public var description: String { line.map { "line \($0): " + message } ?? message }
}

/// Why a file cannot be used: every problem found (at most `ListDocumentParser.maxProblems`), in line order.
public struct ListFileFailure: Error, Hashable, Sendable {
    public let problems: [ListFileProblem]

    public init(_ problems: [ListFileProblem]) {
        self.problems = problems
    }

    /// The sentence for the operator, naming `file` and every problem on its line.
    public func message(file: String) -> String {
        if problems.count == 1 {
            return "\(file) is not a valid allow list: \(problems[0]) Nothing was compared or sent."
        }
        return "\(file) has \(problems.count) problems; nothing was compared or sent:\n  "
            + problems.map(\.description).joined(separator: "\n  ")
    }
}
