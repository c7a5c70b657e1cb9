/// One of the operator's own addresses ("my IPs"), and where it was learned.
///
/// Two addresses matter and they are different: **this host** (the address SendGrid sees for this process's API
/// calls; on a bastion, its egress address) and **the operator** (the SSH client address, which matters for the
/// SendGrid web console). `SSH_CONNECTION` tells only the second; see `AddressKnowledge`.
public struct MyAddress: Hashable, Sendable {
    public enum Source: String, Hashable, Sendable {
        /// `--my-ip` or `SGACCESS_MY_IPS`: this host, as the operator says.
        case configured
        /// The client address in `SSH_CONNECTION`: the operator's workstation, not this host.
        case ssh
        /// Answered by the opt-in discovery URL: this host.
        case discovered
        /// Learned from SendGrid's activity: the address whose last attempt moves with each of our polls.
        case learned

        /// True when the source tells this host's address (everything but `SSH_CONNECTION`).
        public var tellsThisHost: Bool { self != .ssh }
    }

    public let address: IPAddress
    public let source: Source

    public init(address: IPAddress, source: Source) {
        self.address = address
        self.source = source
    }
}
