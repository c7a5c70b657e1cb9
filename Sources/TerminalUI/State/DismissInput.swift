/// The `x` prompt: the addresses being dismissed, how the prompt names them, and the optional reason typed.
public struct DismissInput: Hashable, Sendable {
    /// Canonical addresses (`IPAddress.description`).
    public let addresses: [String]
    /// "192.0.2.99", or "3 addresses in 192.0.2.0/24" (sanitised).
    public let label: String
    public var reason: String = ""

    public init(addresses: [String], label: String, reason: String = "") {
        self.addresses = addresses
        self.label = label
        self.reason = reason
    }
}
