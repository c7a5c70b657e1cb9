import SendGridAPI

/// What the command line said, for `ConfigResolution.resolve`: each value wins over the profile's. nil (or
/// empty, false) means "not given". The in-app account picker passes the flags the app was started with.
public struct ConfigFlags: Hashable, Sendable {
    /// `--profile`.
    public var profile: String?
    /// `--base-url`, as typed (validated by the resolution).
    public var baseURL: String?
    /// `--region`.
    public var region: Region?
    /// `--on-behalf-of`, as typed.
    public var onBehalfOf: String?
    /// `--api-key-file`.
    public var apiKeyFile: String?
    /// `--my-ip` (repeatable).
    public var myIPs: [String]
    /// `--my-ip-url`.
    public var myIPURL: String?
    /// `--read-only`: a flag can only turn read-only on.
    public var readOnly: Bool
    /// `--poll-interval`.
    public var pollInterval: Int?
    /// `--list-interval`.
    public var listInterval: Int?
    /// `--activity-limit`.
    public var activityLimit: Int?

    public init(
        profile: String? = nil, baseURL: String? = nil, region: Region? = nil, onBehalfOf: String? = nil,
        apiKeyFile: String? = nil, myIPs: [String] = [], myIPURL: String? = nil, readOnly: Bool = false,
        pollInterval: Int? = nil, listInterval: Int? = nil, activityLimit: Int? = nil
    ) {
        self.profile = profile
        self.baseURL = baseURL
        self.region = region
        self.onBehalfOf = onBehalfOf
        self.apiKeyFile = apiKeyFile
        self.myIPs = myIPs
        self.myIPURL = myIPURL
        self.readOnly = readOnly
        self.pollInterval = pollInterval
        self.listInterval = listInterval
        self.activityLimit = activityLimit
    }
}
