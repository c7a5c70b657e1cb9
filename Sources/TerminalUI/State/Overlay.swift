import AccessCore

/// A modal layer over the panes. While one is open, keys go to it first.
public enum Overlay: Hashable, Sendable {
    case help
    /// `/` on a list: the text is applied live as it is typed.
    case filter(FilterInput)
    /// `n`: ranges typed, parsed and normalised live.
    case add(AddInput)
    case confirm(ConfirmDialog)
}

/// The filter being typed for one list. `original` is restored on Esc.
public struct FilterInput: Hashable, Sendable {
    public var pane: ListPane
    public var text: String
    public var original: String
}

/// The `n` dialog: raw text and the live parse of every entry in it.
public struct AddInput: Hashable, Sendable {
    public var text: String = ""

    public init(text: String = "") { self.text = text }

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
}

/// A confirmation: the change it guards, unchanged until confirmed, and what the operator is told.
public struct ConfirmDialog: Hashable, Sendable {
    public let mutation: Mutation
    public let title: String
    /// Target and consequence, then any warnings (lockout verdict, hidden marks), one sentence each.
    public let lines: [String]
    /// The equivalent API call, e.g. `DELETE /v3/access_settings/whitelist/12`.
    public let apiCall: String
    /// When set, the operator must type `expected` (an address or a range) and press Enter; `y` is plain text.
    public var typed: TypedConfirmation?
    /// The guard's judgement the dialog was built from; a re-check compares its `decisive` part.
    public let assessment: GuardAssessment
}

public struct TypedConfirmation: Hashable, Sendable {
    /// Exactly what must be typed: an address or a range, never a count.
    public let expected: String
    /// Why typing is required, for the prompt.
    public let reason: String
    public var entered: String = ""

    public var matches: Bool { entered == expected }
}
