import Foundation

/// A range a journal entry adds or removes, with what the annotations store held for it, so that nothing removed
/// is ever lost: undo re-adds `ip` and puts `note` and `expires` back.
public struct JournalRule: Codable, Hashable, Sendable {
    /// SendGrid's id: the removed rule's, or the one SendGrid gave an added range (nil before it answered).
    public var id: Int?
    /// The range as SendGrid stores it (`198.51.100.7/32`), or the API's text for a rule that does not parse.
    public var ip: String
    public var note: String?
    public var expires: Date?

    public init(id: Int? = nil, ip: String, note: String? = nil, expires: Date? = nil) {
        self.id = id
        self.ip = ip
        self.note = note
        self.expires = expires
    }

    public init(id: Int?, ip: String, annotation: Annotation?) {
        self.init(id: id, ip: ip, note: annotation?.note, expires: annotation?.expires)
    }

    /// The note and expiry as an annotation (nil when there are neither).
    public var annotation: Annotation? {
        let annotation = Annotation(note: note, expires: expires)
        return annotation.isEmpty ? nil : annotation
    }

    /// The parsed range; nil for text that is not one.
    public var range: CIDR? { try? AllowEntryParser.parse(ip).get().range }
}
