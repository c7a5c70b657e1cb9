/// One of my addresses and what the current list does for it.
public struct MyIPVerdict: Hashable, Sendable {
    /// This host (configured, discovered or learned), or the operator's SSH client address.
    public enum Role: Hashable, Sendable { case host, sshClient }
    public let role: Role
    public let address: String
    /// Ids of the rules covering it, narrowest first.
    public let coveringRuleIDs: [Int]
    /// True when SendGrid would let it in (covered, or the list is empty).
    public let allowed: Bool
}
