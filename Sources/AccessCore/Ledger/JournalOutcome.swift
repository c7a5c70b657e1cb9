import Foundation

/// The second half of a journal entry, written after SendGrid answered (or failed to), or at the next start when
/// the answer was never recorded (`reconciled`).
public struct JournalOutcome: Codable, Hashable, Sendable {
    public enum Status: String, Codable, Hashable, Sendable {
        /// Everything the intent named landed.
        case succeeded
        /// Nothing landed.
        case failed
        /// Some of it landed: `added` and `removedIDs` say exactly what.
        case partial
    }

    /// The intent's id.
    public var entry: String
    public var time: Date
    public var status: Status
    /// SendGrid's answer, or what went wrong, in one sentence.
    public var answer: String
    /// The ranges that are now on the list because of this entry, with the ids SendGrid gave them.
    public var added: [JournalRule]
    /// The ids that are gone because of this entry.
    public var removedIDs: [Int]
    /// True when the outcome was not seen but read off the live list at a later start.
    public var reconciled: Bool

    public init(
        entry: String, time: Date, status: Status, answer: String, added: [JournalRule] = [],
        removedIDs: [Int] = [], reconciled: Bool = false
    ) {
        self.entry = entry
        self.time = time
        self.status = status
        self.answer = answer
        self.added = added
        self.removedIDs = removedIDs
        self.reconciled = reconciled
    }
}
