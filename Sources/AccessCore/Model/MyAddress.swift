/// One of the operator's own addresses ("my IPs"), and where it was learned.
public struct MyAddress: Hashable, Sendable {
    public enum Source: String, Hashable, Sendable {
        /// `--my-ip` or `SGACCESS_MY_IPS`.
        case configured
        /// The client address in `SSH_CONNECTION`.
        case ssh
        /// Answered by the discovery URL.
        case discovered
    }

    public let address: IPAddress
    public let source: Source

    public init(address: IPAddress, source: Source) {
        self.address = address
        self.source = source
    }
}
