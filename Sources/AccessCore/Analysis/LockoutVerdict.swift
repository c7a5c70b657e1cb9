/// The lockout analysis' answer for a proposed change, given the operator's own addresses.
public enum LockoutVerdict: Hashable, Sendable {
    /// Every one of my addresses is still allowed afterwards.
    case safe
    /// The list stays non-empty and no rule would cover these addresses of mine.
    case locksOut([IPAddress])
    /// The list was empty (enforcement off); the change switches enforcement on without covering these.
    case enablesEnforcementWithout([IPAddress])
    /// The change leaves the list empty: enforcement switches off and every address is allowed.
    case removesEverything

    public var isSafe: Bool { self == .safe }

    /// One sentence for the operator.
    public var message: String {
        switch self {
        case .safe:
            return "Safe: your addresses stay allowed."
        case .locksOut(let addresses):
            return "This would lock out \(addresses.map(\.description).joined(separator: ", ")): no rule would cover \(addresses.count == 1 ? "it" : "them")."
        case .enablesEnforcementWithout(let addresses):
            return "The list is empty, so SendGrid allows everyone; this first rule switches enforcement on without covering \(addresses.map(\.description).joined(separator: ", "))."
        case .removesEverything:
            return "This removes every rule: enforcement switches off and SendGrid will accept callers from any address."
        }
    }
}
