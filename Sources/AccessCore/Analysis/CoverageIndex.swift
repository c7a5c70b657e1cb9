/// Answers "which rules cover this address?" over an allow list.
/// CONTRACT (naive placeholder: a linear scan; to be replaced by an O(log n) index with the same API).
public struct CoverageIndex: Sendable {
    public let rules: [AllowRule]

    public init(rules: [AllowRule]) {
        self.rules = rules
    }

    /// True when the list has no rules: SendGrid then enforces nothing and allows everyone.
    public var isEmpty: Bool { rules.isEmpty }

    /// Every rule whose range contains `address`, narrowest first, then by id.
    public func rules(covering address: IPAddress) -> [AllowRule] {
        rules.filter { $0.range?.contains(address) == true }
            .sorted { ($0.range!.prefixLength, $1.id) > ($1.range!.prefixLength, $0.id) }
    }

    /// True when some rule covers `address` (not whether SendGrid allows it: see `allows`).
    public func isCovered(_ address: IPAddress) -> Bool { !rules(covering: address).isEmpty }

    /// What SendGrid does: an empty list allows everyone, otherwise a covering rule is needed.
    public func allows(_ address: IPAddress) -> Bool { isEmpty || isCovered(address) }
}
