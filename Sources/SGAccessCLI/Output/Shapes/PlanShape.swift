import AccessCore
import Foundation

/// `sgaccess plan FILE` (and `apply`'s `plan`): `{"file", "format", "in_sync", "add", "remove", "unchanged",
/// "annotations", "unparsable", "capacity", "lockout", "warnings"}` (see JSONShapes.md).
struct PlanShape: Encodable {
    /// A note and an expiry (`expires` as the file writes it: `2027-01-01` or an ISO 8601 time).
    struct Note: Encodable, Hashable {
        let note: String?
        let expires: String?

        init?(_ annotation: Annotation?) {
            guard let annotation, !annotation.isEmpty else { return nil }
            note = annotation.note
            expires = annotation.expires.map(ExpirySpec.format)
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(note, forKey: .note)
            try c.encode(expires, forKey: .expires)
        }

        enum CodingKeys: String, CodingKey { case note, expires }
    }

    struct Add: Encodable {
        let range: String
        let input: String
        let line: Int
        let note: Note?

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(range, forKey: .range)
            try c.encode(input, forKey: .input)
            try c.encode(line, forKey: .line)
            try c.encode(note, forKey: .note)
        }

        enum CodingKeys: String, CodingKey { case range, input, line, note }
    }

    struct Remove: Encodable {
        let rule: RuleShape
        let note: Note?

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(rule, forKey: .rule)
            try c.encode(note, forKey: .note)
        }

        enum CodingKeys: String, CodingKey { case rule, note }
    }

    struct Change: Encodable {
        let range: String
        let from: Note?
        let to: Note?

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(range, forKey: .range)
            try c.encode(from, forKey: .from)
            try c.encode(to, forKey: .to)
        }

        enum CodingKeys: String, CodingKey { case range, from, to }
    }

    /// The cap, checked with the adds before the removals.
    struct Capacity: Encodable {
        let current: Int
        let adding: Int
        let removing: Int
        let limit: Int
        let afterAdds: Int
        let after: Int
        let refused: Bool
        let message: String?

        enum CodingKeys: String, CodingKey {
            case current, adding, removing, limit, after, refused, message
            case afterAdds = "after_adds"
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(current, forKey: .current)
            try c.encode(adding, forKey: .adding)
            try c.encode(removing, forKey: .removing)
            try c.encode(limit, forKey: .limit)
            try c.encode(afterAdds, forKey: .afterAdds)
            try c.encode(after, forKey: .after)
            try c.encode(refused, forKey: .refused)
            try c.encode(message, forKey: .message)
        }
    }

    let file: String
    let format: String
    let inSync: Bool
    let add: [Add]
    let remove: [Remove]
    let unchanged: Int
    let annotations: [Change]
    let unparsable: [RuleShape]
    let capacity: Capacity
    let lockout: LockoutShape
    let warnings: [String]

    enum CodingKeys: String, CodingKey {
        case file, format, add, remove, unchanged, annotations, unparsable, capacity, lockout, warnings
        case inSync = "in_sync"
    }

    init(_ review: ListFileReview, knowledge: AddressKnowledge) {
        let plan = review.plan
        file = review.input.name
        format = review.input.format.rawValue
        inSync = plan.isEmpty
        add = plan.adds.map {
            Add(range: $0.range.description, input: $0.input, line: $0.line, note: Note($0.annotation))
        }
        remove = plan.removes.map { rule in
            Remove(rule: RuleShape(rule), note: Note(rule.range.flatMap { review.annotations[$0.description] }))
        }
        unchanged = plan.unchanged.count
        annotations = plan.annotationChanges.map {
            Change(range: $0.range.description, from: Note($0.from), to: Note($0.to))
        }
        unparsable = plan.unparsable.map(RuleShape.init)
        let afterAdds = review.live.count + plan.adds.count
        capacity = Capacity(
            current: review.live.count, adding: plan.adds.count, removing: plan.removes.count, limit: Limits.maxRules,
            afterAdds: afterAdds, after: afterAdds - plan.removes.count, refused: review.capacity != nil,
            message: review.capacity?.message)
        lockout = review.outcome?.shape ?? .nothing("Nothing is added or removed.", knowledge: knowledge)
        warnings = review.input.document.warnings.map(\.description)
    }
}
