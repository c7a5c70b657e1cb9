import Foundation

/// A desired allow list, as read from a file (`sgaccess plan FILE`, `apply FILE`): one entry per range, in the
/// order of the file, each range normalised (`1.2.3.4` is `1.2.3.4/32`) and named once.
public struct ListDocument: Hashable, Sendable {
    /// One range of the file with the note and expiry written after it.
    public struct Entry: Hashable, Sendable {
        /// The normalised range SendGrid will store.
        public let range: CIDR
        /// What the file says, as written ("1.2.3.4", "203.0.113.*").
        public let input: String
        /// One line (`Annotation.cleaned`); nil when the line has none.
        public let note: String?
        public let expires: Date?
        /// The 1-based line of the file (for JSON, the line of the rule's `"range"` key when it can be found).
        public let line: Int

        public init(range: CIDR, input: String, note: String? = nil, expires: Date? = nil, line: Int) {
            self.range = range
            self.input = input
            self.note = Annotation.cleaned(note)
            self.expires = expires
            self.line = line
        }

        /// The note and expiry as an annotation; nil when there are neither.
        public var annotation: Annotation? {
            let annotation = Annotation(note: note, expires: expires)
            return annotation.isEmpty ? nil : annotation
        }
    }

    public enum Format: String, Hashable, Sendable, CaseIterable {
        case text, json
    }

    public let entries: [Entry]
    /// What is odd but harmless (a range written twice the same way, host bits set), for standard error.
    public let warnings: [ListFileProblem]

    public init(entries: [Entry], warnings: [ListFileProblem] = []) {
        self.entries = entries
        self.warnings = warnings
    }

    /// The ranges, in file order.
    public var ranges: [CIDR] { entries.map(\.range) }
}
