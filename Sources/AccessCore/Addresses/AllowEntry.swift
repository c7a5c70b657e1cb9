/// One parsed allow-list entry: what the operator typed, the range SendGrid will store, and any warning.
public struct AllowEntry: Hashable, Sendable {
    public enum Warning: Hashable, Sendable {
        /// `10.1.2.3/8` names the network `10.0.0.0/8`: the host bits were cleared.
        case hostBitsCleared(typed: String, network: CIDR)

        public var message: String {
            switch self {
            case .hostBitsCleared(let typed, let network):
                return
                    "\(typed) has host bits set; it means the whole network \(network) (\(network.sizeDescription) addresses)."
            }
        }
    }

    public let input: String
    public let range: CIDR
    public let warning: Warning?

    public init(input: String, range: CIDR, warning: Warning? = nil) {
        self.input = input
        self.range = range
        self.warning = warning
    }
}
