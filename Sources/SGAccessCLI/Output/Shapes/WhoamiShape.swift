import AccessCore

/// `sgaccess whoami`: `{"enforced", "host_known", "this_host", "host_summary", "operator_summary",
/// "addresses": [{"address", "source", "role", "scope", "protected", "allowed", "rules": [RuleShape]}]}`.
struct WhoamiShape: Encodable {
    struct Mine: Encodable {
        let address: String
        let source: String
        let allowed: Bool
        let rules: [RuleShape]
        /// "this_host" (configured, discovered) or "operator" (`SSH_CONNECTION`).
        let role: String
        /// `AddressScope.word`: "public", "private", "loopback", "link-local", …
        let scope: String
        /// True when the lockout guard protects it (this host's addresses; the SSH address when public).
        let `protected`: Bool
    }

    let enforced: Bool
    let addresses: [Mine]
    let hostKnown: Bool
    let thisHost: [String]
    let hostSummary: String
    let operatorSummary: String?

    enum CodingKeys: String, CodingKey {
        case enforced, addresses
        case hostKnown = "host_known"
        case thisHost = "this_host"
        case hostSummary = "host_summary"
        case operatorSummary = "operator_summary"
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(enforced, forKey: .enforced)
        try c.encode(addresses, forKey: .addresses)
        try c.encode(hostKnown, forKey: .hostKnown)
        try c.encode(thisHost, forKey: .thisHost)
        try c.encode(hostSummary, forKey: .hostSummary)
        try c.encode(operatorSummary, forKey: .operatorSummary)
    }
}
