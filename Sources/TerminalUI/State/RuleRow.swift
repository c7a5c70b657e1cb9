import AccessCore

/// One allow-list rule ready to draw: the API's rule plus sanitised text and derived facts.
public struct RuleRow: Hashable, Sendable {
    public let rule: AllowRule
    /// The rule's `ip` text, sanitised.
    public let ip: String

    public init(rule: AllowRule) {
        self.rule = rule
        ip = Sanitizer.sanitize(rule.ip)
    }

    /// "256", "1", "2^64"; "?" when the text is not a range. Made when drawn: only the rows on screen need it.
    public var size: String { rule.range?.sizeDescription ?? "?" }

    public var id: Int { rule.id }
}

/// How the allow list is sorted (`s` cycles, `S` reverses).
public enum RuleSort: String, Hashable, Sendable, CaseIterable {
    case id, range, size, age

    public var next: RuleSort {
        let all = RuleSort.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
