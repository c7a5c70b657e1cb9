/// What the lockout guard knows about "me": this host's address (configured, discovered or learned from
/// SendGrid's activity) and the operator's SSH client address. The guard protects every address here that
/// SendGrid can see; while this host's address is unknown, every removal counts as possibly locking it out.
///
/// CONTRACT.
/// - `hostAddresses`: configured and discovered addresses first (in the order given), then learned ones.
/// - `protected`: `hostAddresses` plus the operator's address when it is public (losing it loses the web
///   console). A private, loopback or link-local SSH address is never protected or used for advice.
/// - `isHostKnown`: at least one host address. The SSH address alone does not make the host known.
/// - `disagreement`: a sentence when configured/discovered addresses and learned ones differ; all are protected.
public struct AddressKnowledge: Hashable, Sendable {
    /// `--my-ip`, `SGACCESS_MY_IPS`, the discovery URL and `SSH_CONNECTION`, as resolved at start.
    public let given: [MyAddress]
    public var learner: HostAddressLearner

    public init(given: [MyAddress], learner: HostAddressLearner = HostAddressLearner()) {
        self.given = given
        self.learner = learner
    }

    /// Addresses told by the configuration or the discovery URL (IPv4-mapped ones as IPv4), each once.
    public var told: [IPAddress] {
        LockoutAnalysis.unique(given.filter(\.source.tellsThisHost).map(\.address.unmappingIPv4))
    }

    /// The operator's SSH client address, if any (an IPv4-mapped one as IPv4: SendGrid sees the IPv4 address).
    public var operatorAddress: IPAddress? { given.first { $0.source == .ssh }?.address.unmappingIPv4 }

    public var learned: [IPAddress] { learner.learned }

    public var hostAddresses: [IPAddress] { LockoutAnalysis.unique(told + learned) }

    public var isHostKnown: Bool { !hostAddresses.isEmpty }

    public var protected: [IPAddress] {
        guard let ssh = operatorAddress, ssh.isVisibleToSendGrid else { return hostAddresses }
        return LockoutAnalysis.unique(hostAddresses + [ssh])
    }

    /// "this host 198.51.100.7 — seen at our last 3 polls", "this host 203.0.113.10 (configured)", or
    /// "this host: unknown".
    public var hostSummary: String {
        guard isHostKnown else { return "this host: unknown" }
        let parts = hostAddresses.map { address -> String in
            if told.contains(address) {
                let source =
                    given.first { $0.source.tellsThisHost && $0.address.unmappingIPv4 == address }?.source
                        == .discovered ? "discovered" : "configured"
                return learned.contains(address) ? "\(address) (\(source), seen by SendGrid)" : "\(address) (\(source))"
            }
            let streak = learner.streak(of: address)
            switch streak {
            case 0: return "\(address) — not seen at our last poll"
            case 1: return "\(address) — seen at our last poll"
            default: return "\(address) — seen at our last \(streak) polls"
            }
        }
        return "this host " + parts.joined(separator: ", ")
    }

    /// A sentence when the sources disagree, or when several addresses move in step with our polls.
    public var disagreement: String? {
        let configured = given.filter { $0.source == .configured }.map(\.address)
        let discovered = given.filter { $0.source == .discovered }.map(\.address)
        if !configured.isEmpty, !discovered.isEmpty, Set(configured) != Set(discovered) {
            return "--my-ip/SGACCESS_MY_IPS say \(list(configured)), but the discovery URL says \(list(discovered)); "
                + "the guard protects all of them."
        }
        let learnedOnly = learned.filter { !told.contains($0) }
        if !told.isEmpty && !learnedOnly.isEmpty {
            return "Configured \(list(told)), but SendGrid sees this host's calls from \(list(learnedOnly)); "
                + "the guard protects all of them."
        }
        if told.isEmpty && learned.count > 1 {
            return
                "Several addresses (\(list(learned))) move in step with our polls; the guard treats all of them as this host."
        }
        return nil
    }

    /// How the operator's SSH address is treated: "your SSH address 10.0.0.5 is private; SendGrid sees your
    /// network's public address, unknown". Nil without `SSH_CONNECTION`.
    public var operatorSummary: String? {
        guard let ssh = operatorAddress else { return nil }
        guard ssh.isVisibleToSendGrid else {
            return "your SSH address \(ssh) is \(ssh.scope.word); SendGrid sees your network's public address, unknown"
        }
        return "your SSH address \(ssh) (the web console's caller)"
    }

    /// Why the guard cannot judge a removal while this host's address is unknown, and how to tell it.
    public static let unknownHostSentence =
        "This host's address is unknown, so sgaccess cannot tell whether this change locks it out. "
        + "Tell it with --my-ip ADDR or SGACCESS_MY_IPS, or wait a few polls while it learns the address from SendGrid's activity."

    private func list(_ addresses: [IPAddress]) -> String { addresses.map(\.description).joined(separator: ", ") }
}
