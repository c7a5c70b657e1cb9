import AccessCore

/// What the runtime knows about the account it works on and the screen shows. Strings here come from the
/// operator's own configuration, but are sanitised anyway when the state is created. Switching account
/// replaces the whole value (`AccountOpener` gives the new one).
public struct AppConfig: Hashable, Sendable {
    /// Whom requests go to: profile, on-behalf-of and endpoint; the header names it exactly (never the API key).
    public var target: AccountTarget
    /// The profile's colour for the header's account segment; nil is the app's default accent.
    public var accent: AccentColor?
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
    /// Seconds between reads of the allow list (never shorter than `pollInterval`). The list changes only when
    /// someone edits it, and is read at once after every change this app makes, on `r`, and before a change.
    public var listInterval: Int
    /// The default `listInterval`: a minute.
    public static let defaultListInterval = 60

    public init(
        target: AccountTarget = AccountTarget(endpoint: .global), accent: AccentColor? = nil, readOnly: Bool = false,
        myAddresses: [MyAddress] = [], activityLimit: Int = 100, requestTimeout: Int = 10, pollInterval: Int = 5,
        listInterval: Int = AppConfig.defaultListInterval
    ) {
        self.target = target
        self.accent = accent
        self.readOnly = readOnly
        self.myAddresses = myAddresses
        self.activityLimit = activityLimit
        self.requestTimeout = requestTimeout
        self.pollInterval = pollInterval
        self.listInterval = listInterval
    }
}
