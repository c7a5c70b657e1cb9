import AccessCore

/// What a filter text means: an address (rows covering or equal to it), a range (rows overlapping or inside
/// it), or plain text (case-insensitive substring).
public enum FilterQuery: Hashable, Sendable {
    case all
    case address(IPAddress)
    case range(CIDR)
    case text(String)

    public init(_ text: String) {
        let trimmed = text.trimmingCharacters(in: " ")
        if trimmed.isEmpty {
            self = .all
        } else if let address = IPAddress(trimmed) {
            self = .address(address)
        } else if trimmed.contains("/") || trimmed.contains("*"),
            case .success(let entry) = AllowEntryParser.parse(trimmed)
        {
            self = .range(entry.range)
        } else {
            self = .text(trimmed)
        }
    }

    /// Shown next to the pane title.
    public var summary: String {
        switch self {
        case .all: return ""
        case .address(let a): return "covering \(a)"
        case .range(let r): return "overlapping \(r)"
        case .text(let t): return "“\(t)”"
        }
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s.removeFirst() }
        while s.last == set { s.removeLast() }
        return String(s)
    }
}
