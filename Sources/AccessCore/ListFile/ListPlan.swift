import Foundation

/// What it takes to make the live list match a file: the ranges to add (with their notes), the live rules to
/// remove (their range is not in the file), the rules that stay, and the notes or expiries to change.
///
/// CONTRACT.
/// - Ranges are compared normalised: `1.2.3.4` in the file is the live `1.2.3.4/32` (no drift).
/// - A range the live list holds twice (SendGrid stores duplicates) stays as it is: every rule carrying it is
///   unchanged, none is removed.
/// - A live rule whose text is not a range cannot be named by a file: it is left alone (`unparsable`).
/// - Annotations compare the note and the expiry only; the file is the whole truth for them, so a range without a
///   note in the file clears its note.
public struct ListPlan: Hashable, Sendable {
    /// A note or expiry that differs between the file and the annotations store, on a range that stays.
    public struct AnnotationChange: Hashable, Sendable {
        public let range: CIDR
        public let from: Annotation?
        public let to: Annotation?
    }

    /// Entries of the file that are not on the list, in file order.
    public let adds: [ListDocument.Entry]
    /// Live rules whose range the file does not name, by id.
    public let removes: [AllowRule]
    /// Live rules whose range the file names.
    public let unchanged: [AllowRule]
    public let annotationChanges: [AnnotationChange]
    /// Live rules whose text is not a range, left alone.
    public let unparsable: [AllowRule]

    /// True when the live list (and its notes) already match the file.
    public var isEmpty: Bool { adds.isEmpty && removes.isEmpty && annotationChanges.isEmpty }

    /// The ids the bulk DELETE sends.
    public var removeIDs: [Int] { removes.map(\.id) }

    /// Compares `document` with the `live` rules and their `annotations` (keyed by `CIDR.description`).
    public init(document: ListDocument, live: [AllowRule], annotations: [String: Annotation]) {
        let wanted = Dictionary(document.entries.map { ($0.range, $0) }, uniquingKeysWith: { first, _ in first })
        let present = Set(live.compactMap(\.range))
        adds = document.entries.filter { !present.contains($0.range) }
        removes = live.filter { rule in rule.range.map { wanted[$0] == nil } ?? false }.sorted { $0.id < $1.id }
        unchanged = live.filter { rule in rule.range.map { wanted[$0] != nil } ?? false }.sorted { $0.id < $1.id }
        unparsable = live.filter { $0.range == nil }.sorted { $0.id < $1.id }
        annotationChanges = document.entries.filter { present.contains($0.range) }.compactMap { entry in
            let current = annotations[entry.range.description]
            guard !Self.same(current, entry.annotation) else { return nil }
            return AnnotationChange(range: entry.range, from: current, to: entry.annotation)
        }
    }

    /// Equal notes and expiries (an empty annotation is none).
    static func same(_ a: Annotation?, _ b: Annotation?) -> Bool {
        let a = a?.isEmpty == false ? a : nil
        let b = b?.isEmpty == false ? b : nil
        return a?.note == b?.note && a?.expires == b?.expires
    }

    /// The annotations store after the plan: every range of the file gets the file's note and expiry (or none);
    /// other ranges keep theirs (the recorder drops those of removed rules). `by` and `now` stamp changed ones.
    public func annotated(
        _ annotations: [String: Annotation], document: ListDocument, now: Date, by: String
    )
        -> [String: Annotation]
    {
        var out = annotations
        for entry in document.entries {
            let key = entry.range.description
            guard !Self.same(out[key], entry.annotation) else { continue }
            out[key] = entry.annotation.map { Annotation(note: $0.note, expires: $0.expires, updated: now, by: by) }
        }
        return out
    }
}
