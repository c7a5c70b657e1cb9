import Foundation

/// What sgaccess remembers about a rule that SendGrid has no field for: a note ("build agent") and an expiry.
/// Kept per account in the local annotations store, keyed by the rule's normalised range (`CIDR.description`),
/// so that a note follows the range through undo, export and apply whatever id SendGrid gives it.
/// `note` is operator text: sanitise before drawing (it may have been pasted from anywhere).
public struct Annotation: Codable, Hashable, Sendable {
    /// Free text, at most `Annotation.maxNoteLength` characters; nil when the rule has no note.
    public var note: String?
    /// When the rule should go (`sgaccess expire` removes it after this instant); nil never expires.
    public var expires: Date?
    /// When the note or expiry was last set.
    public var updated: Date?
    /// Who set it: `user@host`.
    public var by: String?

    public static let maxNoteLength = 200

    public init(note: String? = nil, expires: Date? = nil, updated: Date? = nil, by: String? = nil) {
        self.note = Self.cleaned(note)
        self.expires = expires
        self.updated = updated
        self.by = by
    }

    /// True when there is nothing to keep (no note and no expiry).
    public var isEmpty: Bool { note == nil && expires == nil }

    /// Whether the expiry has passed at `instant` (an expiry exactly at `instant` has passed).
    public func isExpired(at instant: Date) -> Bool {
        guard let expires else { return false }
        return expires <= instant
    }

    /// A note as stored: one line (newlines and tabs become spaces), trimmed, capped; empty becomes nil.
    public static func cleaned(_ note: String?) -> String? {
        guard let note else { return nil }
        let oneLine = note.map { $0.isNewline || $0 == "\t" ? " " : $0 }
        let trimmed = String(oneLine).trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        return String(trimmed.prefix(maxNoteLength))
    }
}
