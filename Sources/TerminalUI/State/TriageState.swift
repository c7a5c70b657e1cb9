import AccessCore

/// The triage inbox's part of the attempts pane: the addresses dismissed on this account ("known, not to be
/// allowed"), whether they are shown, and how the pane groups its rows. It lives in `AttemptsPane.Settings`
/// (what a snapshot is built for), so the runtime's snapshot builds marks, hides and groups off the main actor.
public struct TriageState: Hashable, Sendable {
    /// This account's dismissals, by canonical address (`IPAddress.description`); loaded from the ledger.
    public var dismissals: [String: Dismissal] = [:]
    /// `X`: dismissed addresses are listed (marked) instead of hidden.
    public var showDismissed = false
    /// `o` cycles it.
    public var grouping = AttemptGrouping.none
    /// True once the ledger's dismissals were read (or could not be).
    public var loaded = false

    public init() {}
}

/// How the attempts pane groups its rows (`o` cycles: none → by address → by range → none).
public enum AttemptGrouping: String, Hashable, Sendable, CaseIterable {
    /// One row per attempt (per address and method, as SendGrid reports them).
    case none
    /// One row per address, its methods merged.
    case address
    /// One row per /24 (IPv4) or /48 (IPv6), with the count of addresses and attempts.
    case range

    public var next: AttemptGrouping {
        let all = AttemptGrouping.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// The pane title's fact: "by address", "by /24 · /48"; nil when not grouped.
    public var title: String? {
        switch self {
        case .none: return nil
        case .address: return "by address"
        case .range: return "by /24 · /48"
        }
    }

    /// The prefix an address's range group uses: /24 for IPv4, /48 for IPv6.
    public static func rangePrefix(_ family: IPAddress.Family) -> Int { family == .v4 ? 24 : 48 }
}

/// What a grouped row stands for.
public struct AttemptGroup: Hashable, Sendable {
    /// The range of a range row; nil for an address row.
    public let range: CIDR?
    /// The canonical addresses in the row (one for an address row).
    public let addresses: [String]
    /// How many of those addresses are dismissed (and still hidden by their dismissal).
    public let dismissedAddresses: Int
    /// The attempts merged into the row.
    public let attempts: Int
    /// The methods seen, sanitised, in order of first appearance.
    public let methods: [String]
}
