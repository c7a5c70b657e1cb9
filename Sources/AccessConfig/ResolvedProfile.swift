import AccessCore
import Foundation
import SendGridAPI
import TerminalKit

/// Everything one account needs, after flags, the profile and the environment are combined: where to connect,
/// as whom, with which key source, this host's addresses and the app's settings. Built by
/// `ConfigResolution.resolve`; holds no key.
public struct ResolvedProfile: Hashable, Sendable {
    /// The config profile used; nil when flags and the environment alone chose the account.
    public var profile: String?
    /// The header's and the CLI output's name of the account.
    public var target: AccountTarget
    /// The validated host, without `/v3`.
    public var baseURL: URL
    /// The `on-behalf-of` header value; nil is the parent account (or the profile's own account).
    public var onBehalfOf: String?
    /// Where the key is read from.
    public var keySource: KeySource
    /// The addresses given for this host (`--my-ip`, else the profile's `my_ips`).
    public var myIPs: [String]
    /// Where `myIPs` came from, for messages: "--my-ip" or "profile prod (my_ips)".
    public var myIPsOrigin: String
    /// Whether `SGACCESS_MY_IPS` still counts: only when the profile sets no `my_ips`.
    public var usesEnvironmentMyIPs: Bool
    /// `--my-ip-url`, else the profile's `my_ip_url`.
    public var discoveryURL: URL?
    public var readOnly: Bool
    public var pollInterval: Int
    /// Seconds between reads of the allow list (`--list-interval` > `list_interval` > 60).
    public var listInterval: Int
    public var activityLimit: Int
    /// The profile's `accent`; nil is the app's default colours.
    public var accent: AccentColor?
    /// The profile's `subusers` (for the account picker).
    public var subusers: [String]

    /// Built-in values when neither a flag nor the profile gives one.
    public static let defaultPollInterval = 5
    public static let defaultListInterval = 60
    public static let defaultActivityLimit = 100

    /// The variables to hand `MyAddressResolver`: without `SGACCESS_MY_IPS` when the profile's `my_ips` replaces it.
    public func addressEnvironment(_ variables: [String: String]) -> [String: String] {
        guard !usesEnvironmentMyIPs else { return variables }
        var variables = variables
        variables[MyAddressResolver.environmentKey] = nil
        return variables
    }
}
