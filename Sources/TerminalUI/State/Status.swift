import AccessCore

/// A one-line message under the panes. Info fades after `Flash.infoSeconds`; errors stay until the next key.
public struct Flash: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case info, error }
    public static let infoSeconds = 4

    public let id: Int
    public let kind: Kind
    public let text: String
}

/// The polling state the header shows.
public struct PollStatus: Hashable, Sendable {
    /// Unix seconds of the last successful GET.
    public var lastSuccess: Int64?
    public var paused = false
    /// The last poll failure, cleared by the next success.
    public var failure: FailureInfo?
    /// When the runtime retries after `failure` (Unix seconds).
    public var retryAt: Int64?
    public var rateLimit: RateLimit?
    /// The last failure of each GET, cleared by its next success: a pane that cannot load says why.
    public var rulesFailure: FailureInfo?
    public var activityFailure: FailureInfo?
    /// Since when a request to SendGrid has been outstanding (nil: none is).
    public var waitingSince: Int64?

    public init() {}

    /// Seconds a request has been outstanding at `now`, when it is long enough to show (more than 2 s).
    public func waitingSeconds(at now: Int64) -> Int64? {
        guard let since = waitingSince, now - since > 2 else { return nil }
        return now - since
    }

    /// True while the data on screen is the last good copy of a failing API.
    public var isStale: Bool { failure != nil }
}

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
