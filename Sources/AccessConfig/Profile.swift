import Foundation
import SendGridAPI
import TerminalKit

/// One `[profiles.NAME]` table of the config file, validated. Every setting is optional: what a profile leaves
/// out comes from the flags, the environment or the built-in default (see `ConfigResolution`).
public struct Profile: Hashable, Sendable {
    /// The table's name, as in `--profile NAME`.
    public var name: String
    /// `region`: global or eu.
    public var region: Region?
    /// `base_url`: a validated host (https, or http to a loopback host), without `/v3`.
    public var baseURL: URL?
    /// `on_behalf_of`: the header value (a subuser name or `account-id N`); nil is the parent account.
    public var onBehalfOf: String?
    /// `api_key_env`: the variable holding the key.
    public var apiKeyEnv: String?
    /// `api_key_file`: the key file, `~` expanded (owner-only, checked when the key is read).
    public var apiKeyFile: String?
    /// `my_ips`: this host's addresses as SendGrid sees them.
    public var myIPs: [String]?
    /// `my_ip_url`: opt-in discovery of this host's public address.
    public var myIPURL: URL?
    /// `read_only`: the app removes every binding that changes the list.
    public var readOnly: Bool?
    /// `poll_interval`: seconds between polls, at least 1.
    public var pollInterval: Int?
    /// `list_interval`: seconds between reads of the allow list, at least 1 (the activity follows `poll_interval`).
    public var listInterval: Int?
    /// `activity_limit`: recent access attempts to ask for, 1…1000.
    public var activityLimit: Int?
    /// `accent`: the header's colour for this account.
    public var accent: AccentColor?
    /// `subusers`: the accounts the app's account picker offers under this profile (on-behalf-of each).
    public var subusers: [String]

    public init(name: String) {
        self.name = name
        self.subusers = []
    }

    /// Every key a profile may hold, in the order the docs list them.
    public static let keys = [
        "region", "base_url", "on_behalf_of", "api_key_env", "api_key_file", "my_ips", "my_ip_url", "read_only",
        "poll_interval", "list_interval", "activity_limit", "accent", "subusers",
    ]
}
