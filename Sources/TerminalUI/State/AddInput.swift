import AccessCore
import Foundation

/// The `n` dialog: the ranges typed (parsed and normalised live), an optional note and an optional expiry
/// (`ExpirySpec`: `2h`, `7d`, `2026-12-31`); Tab moves between the three fields.
public struct AddInput: Hashable, Sendable {
    public enum Field: Hashable, Sendable, CaseIterable {
        case ranges, note, expiry

        var next: Field {
            let all = Field.allCases
            return all[(all.firstIndex(of: self)! + 1) % all.count]
        }
    }

    public var text: String = ""
    public var note: String = ""
    public var expiry: String = ""
    public var field: Field = .ranges

    public init(text: String = "", note: String = "", expiry: String = "", field: Field = .ranges) {
        self.text = text
        self.note = note
        self.expiry = expiry
        self.field = field
    }

    /// One result per entry, in order.
    public var parsed: [Result<AllowEntry, EntryError>] { AllowEntryParser.parseList(text) }
    /// The normalised ranges, when every entry is valid; duplicates removed, order kept.
    public var ranges: [CIDR]? {
        var out: [CIDR] = []
        for result in parsed {
            guard case .success(let entry) = result else { return nil }
            if !out.contains(entry.range) { out.append(entry.range) }
        }
        return out.isEmpty ? nil : out
    }

    /// The expiry typed, read at `now`: nil when none is typed, else the instant or why it is not one.
    public func expires(now: Int64) -> Result<Date, ExpirySpec.Failure>? {
        let trimmed = expiry.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        return ExpirySpec.parse(trimmed, now: Date(unix: now))
    }

    /// The text of the field being edited.
    var current: String {
        get {
            switch field {
            case .ranges: return text
            case .note: return note
            case .expiry: return expiry
            }
        }
        set {
            switch field {
            case .ranges: text = newValue
            case .note: note = newValue
            case .expiry: expiry = newValue
            }
        }
    }
}
