import AccessCore

/// What the runtime knows at start-up and the screen shows. Strings here come from the operator's own
/// configuration, but are sanitised anyway when the state is created.
public struct AppConfig: Hashable, Sendable {
    /// Profile or account label for the header (never the API key).
    public var account: String
    /// The `--on-behalf-of` subuser, if any.
    public var onBehalfOf: String?
    /// "global", "eu" or the base URL's host for a custom `--base-url`.
    public var region: String
    /// `--read-only`: every mutating binding is removed.
    public var readOnly: Bool
    /// This host's addresses as configured or discovered, and the operator's SSH address (see `AddressKnowledge`).
    public var myAddresses: [MyAddress]
    /// How many attempts the runtime asks for (`activity?limit=`), shown in the pane title.
    public var activityLimit: Int
    /// Seconds after which the runtime gives up on a request (shown while waiting for SendGrid).
    public var requestTimeout: Int
    /// Seconds between polls when all is well (floor 1; backoff and rate-limit slow-down come on top).
    public var pollInterval: Int

    public init(
        account: String, onBehalfOf: String? = nil, region: String = "global", readOnly: Bool = false,
        myAddresses: [MyAddress] = [], activityLimit: Int = 100, requestTimeout: Int = 10, pollInterval: Int = 5
    ) {
        self.requestTimeout = requestTimeout
        self.pollInterval = pollInterval
        self.account = account
        self.onBehalfOf = onBehalfOf
        self.region = region
        self.readOnly = readOnly
        self.myAddresses = myAddresses
        self.activityLimit = activityLimit
    }
}
