/// The lockout analysis' answer for a proposed change, given the operator's own addresses.
public enum LockoutVerdict: Hashable, Sendable {
    /// None of my addresses loses access (see `LockoutReport.alreadyUncovered` for those refused already).
    case safe
    /// The list stays non-empty and no rule would cover these addresses of mine, which were allowed before.
    case locksOut([IPAddress])
    /// The list was empty (enforcement off); the change switches enforcement on without covering these.
    case enablesEnforcementWithout([IPAddress])
    /// The change leaves the list empty: enforcement switches off and every address is allowed.
    case removesEverything

    public var isSafe: Bool { self == .safe }

    /// The addresses of mine that the change would lock out; empty for `.safe` and `.removesEverything`.
    public var affectedAddresses: [IPAddress] {
        switch self {
        case .locksOut(let addresses), .enablesEnforcementWithout(let addresses): return addresses
        case .safe, .removesEverything: return []
        }
    }

    /// One sentence for the operator.
    public var message: String {
        switch self {
        case .safe:
            return "Safe: your addresses stay allowed."
        case .locksOut(let addresses):
            return
                "This would lock out \(LockoutVerdict.list(addresses)): no rule would cover \(addresses.count == 1 ? "it" : "them"), so SendGrid would refuse \(addresses.count == 1 ? "its" : "their") API, UI and SMTP calls."
        case .enablesEnforcementWithout(let addresses):
            return
                "The list is empty, so SendGrid allows everyone; this change switches enforcement on without covering \(LockoutVerdict.list(addresses)), which would then be refused."
        case .removesEverything:
            return
                "This removes every rule: enforcement switches off and SendGrid will accept callers from any address."
        }
    }

    static func list(_ addresses: [IPAddress]) -> String {
        addresses.map(\.description).joined(separator: ", ")
    }
}
