import AccessCore

// The `--json` shapes. Keys are snake_case and sorted; timestamps are Unix seconds; addresses and ranges are
// strings in SendGrid's normalised form. Fields are only ever added, never renamed or removed.
// Full description with examples: JSONShapes.md in this folder.

/// A rule: `{"id", "ip", "range", "created_at", "updated_at"}`. `ip` is SendGrid's text as sent; `range` is its
/// normalised CIDR, or null when the text is not a valid range.
public struct RuleShape: Encodable, Hashable, Sendable {
    public let id: Int
    public let ip: String
    public let range: String?
    public let createdAt: Int64
    public let updatedAt: Int64

    init(_ rule: AllowRule) {
        id = rule.id
        ip = rule.ip
        range = rule.range?.description
        createdAt = rule.createdAt
        updatedAt = rule.updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, ip, range
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(ip, forKey: .ip)
        try c.encode(range, forKey: .range)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
    }
}

/// `sgaccess list`: `{"count", "enforced", "limit", "rules": [RuleShape + "covers_mine": [address]]}`.
struct ListShape: Encodable {
    struct Row: Encodable {
        let rule: RuleShape
        let coversMine: [String]

        func encode(to encoder: Encoder) throws {
            try rule.encode(to: encoder)
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(coversMine, forKey: .coversMine)
        }

        enum Keys: String, CodingKey { case coversMine = "covers_mine" }
    }

    let count: Int
    let enforced: Bool
    let limit: Int
    let rules: [Row]
}

/// `sgaccess activity`: `{"count", "attempts": [...]}`; `status` is "blocked", "allowed_since", "allowed" or
/// "no_longer_allowed"; `rule_id` is the rule allowing it now (narrowest), or null.
struct ActivityShape: Encodable {
    struct Attempt: Encodable {
        let ip: String
        let allowed: Bool
        let status: String
        let ruleID: Int?
        let coveringRuleIDs: [Int]
        let authMethod: String
        let location: String
        let firstAt: Int64
        let lastAt: Int64

        enum CodingKeys: String, CodingKey {
            case ip, allowed, status, location
            case ruleID = "rule_id"
            case coveringRuleIDs = "covering_rule_ids"
            case authMethod = "auth_method"
            case firstAt = "first_at"
            case lastAt = "last_at"
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(ip, forKey: .ip)
            try c.encode(allowed, forKey: .allowed)
            try c.encode(status, forKey: .status)
            try c.encode(ruleID, forKey: .ruleID)
            try c.encode(coveringRuleIDs, forKey: .coveringRuleIDs)
            try c.encode(authMethod, forKey: .authMethod)
            try c.encode(location, forKey: .location)
            try c.encode(firstAt, forKey: .firstAt)
            try c.encode(lastAt, forKey: .lastAt)
        }
    }

    let count: Int
    let attempts: [Attempt]
}

/// `sgaccess allow`: `{"dry_run", "added": [{"id", "range", "input", "warning"}], "skipped": [{"input", "range", "reason", "rule_id"}], "lockout"}`.
struct AllowShape: Encodable {
    /// `id` is null on a dry run (nothing was created).
    struct Added: Encodable {
        let id: Int?
        let range: String
        let input: String
        let warning: String?

        enum CodingKeys: String, CodingKey { case id, range, input, warning }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(range, forKey: .range)
            try c.encode(input, forKey: .input)
            try c.encode(warning, forKey: .warning)
        }
    }

    struct Skipped: Encodable {
        let input: String
        let range: String
        let reason: String
        let ruleID: Int?

        enum CodingKeys: String, CodingKey {
            case input, range, reason
            case ruleID = "rule_id"
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(input, forKey: .input)
            try c.encode(range, forKey: .range)
            try c.encode(reason, forKey: .reason)
            try c.encode(ruleID, forKey: .ruleID)
        }
    }

    let dryRun: Bool
    let added: [Added]
    let skipped: [Skipped]
    let lockout: LockoutShape

    enum CodingKeys: String, CodingKey {
        case added, skipped, lockout
        case dryRun = "dry_run"
    }
}

/// `sgaccess remove`: `{"dry_run", "removed": [RuleShape], "not_found": [target], "lockout"}`.
struct RemoveShape: Encodable {
    let dryRun: Bool
    let removed: [RuleShape]
    let notFound: [String]
    let lockout: LockoutShape

    enum CodingKeys: String, CodingKey {
        case removed, lockout
        case dryRun = "dry_run"
        case notFound = "not_found"
    }
}

/// `sgaccess check`: `{"address", "allowed", "reason", "rules": [RuleShape], "scope"}`; `reason` is "covered",
/// "list_empty" or "not_covered"; `scope` is the address's `AddressScope.word` ("public", "private", …).
struct CheckShape: Encodable {
    let address: String
    let allowed: Bool
    let reason: String
    let rules: [RuleShape]
    let scope: String
}

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

/// Any failure, on standard output with `--json`: `{"error": {"exit_code", "kind", "message", "addresses"}}`.
struct ErrorShape: Encodable {
    struct Body: Encodable {
        let exitCode: Int32
        let kind: String
        let message: String
        let addresses: [String]

        enum CodingKeys: String, CodingKey {
            case kind, message, addresses
            case exitCode = "exit_code"
        }
    }

    let error: Body

    init(_ error: CLIError) {
        self.error = Body(exitCode: error.status.rawValue, kind: error.status.kind, message: error.message, addresses: error.addresses)
    }
}
