import AccessCore

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
