/// Which account a screen or a command's output is about: the profile it came from, the subuser acted for and
/// the host, exactly as configured. The header of the terminal app and the first or last line of every CLI
/// command's human output print `description`, so that an operator always sees whom a change is for.
public struct AccountTarget: Hashable, Sendable {
    /// Where requests go.
    public enum Endpoint: Hashable, Sendable {
        /// SendGrid's global host (`https://api.sendgrid.com`).
        case global
        /// SendGrid's EU host (`https://api.eu.sendgrid.com`).
        case eu
        /// Any other base URL (a simulator, a proxy), by `host[:port]` as configured.
        case custom(hostAndPort: String)

        /// "global", "eu" or "127.0.0.1:8080 (custom URL)".
        public var label: String {
            switch self {
            case .global: "global"
            case .eu: "eu"
            case .custom(let hostAndPort): "\(hostAndPort) (custom URL)"
            }
        }
    }

    /// The config-file profile the target came from; nil when flags and the environment alone chose it.
    public var profile: String?
    /// The `on-behalf-of` header value (a subuser name or `account-id N`); nil is the parent account.
    public var onBehalfOf: String?
    public var endpoint: Endpoint

    public init(profile: String? = nil, onBehalfOf: String? = nil, endpoint: Endpoint) {
        self.profile = profile
        self.onBehalfOf = onBehalfOf
        self.endpoint = endpoint
    }

    /// Whom the account is: "subuser sub1" or "parent account".
    public var accountLabel: String {
        onBehalfOf.map { "subuser \($0)" } ?? "parent account"
    }

    /// One line naming the target, e.g. "profile prod · subuser sub1 · eu" or
    /// "parent account · 127.0.0.1:8080 (custom URL)". Not sanitised: callers print it through the sanitiser.
    public var description: String {
        var parts: [String] = []
        if let profile { parts.append("profile \(profile)") }
        parts.append(accountLabel)
        parts.append(endpoint.label)
        return parts.joined(separator: " · ")
    }
}
