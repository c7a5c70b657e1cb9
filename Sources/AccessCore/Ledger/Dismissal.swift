import Foundation

/// A blocked address the operator has triaged as "known, not to be allowed" (`x` in the attempts pane). It hides
/// that address's attempts from the blocked-first view until the address tries again after `at`.
/// Kept per account in the local dismissals store, keyed by the address's canonical text.
public struct Dismissal: Codable, Hashable, Sendable {
    /// The address, canonical (`IPAddress.description`).
    public var address: String
    /// When it was dismissed; an attempt whose last try is later brings the address back.
    public var at: Date
    /// Why (optional operator text; sanitise before drawing).
    public var reason: String?
    /// Who dismissed it: `user@host`.
    public var by: String?

    public init(address: String, at: Date, reason: String? = nil, by: String? = nil) {
        self.address = address
        self.at = at
        self.reason = Annotation.cleaned(reason)
        self.by = by
    }

    /// Whether this dismissal still hides `attempt`: same address, and no try after the dismissal.
    public func hides(_ attempt: AccessAttempt) -> Bool {
        guard let address = attempt.address, address.description == self.address else { return false }
        return attempt.lastAt <= Int64(at.timeIntervalSince1970)
    }
}
