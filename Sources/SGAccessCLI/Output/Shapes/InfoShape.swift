import AccessConfig
import AccessCore

/// `sgaccess info --json`: what sgaccess would use, never the key. Keys whose value is unknown or unset are
/// left out (`on_behalf_of`, `discovery_url`, `accent`, `profile`, a path without `HOME`).
struct InfoShape: Encodable {
    struct Config: Encodable {
        let path: String?
        /// True when `SGACCESS_CONFIG` named the file.
        let explicit: Bool
        let exists: Bool
    }

    struct Key: Encodable {
        /// `KeySource.description`, e.g. "environment variable SENDGRID_API_KEY".
        let source: String
        let variable: String?
        let path: String?
        let present: Bool
        /// Why no usable key was found, with the fix; absent when `present`.
        let problem: String?
    }

    struct ProfileEntry: Encodable {
        let name: String
        let subusers: [String]
        let isDefault: Bool

        enum CodingKeys: String, CodingKey {
            case name, subusers
            case isDefault = "default"
        }
    }

    let version: String
    let config: Config
    let stateFolder: String?
    let logFile: String?
    let profile: String?
    let target: String
    let baseURL: String
    let onBehalfOf: String?
    let key: Key
    let myIPs: [String]
    let myIPsOrigin: String
    let usesEnvironmentMyIPs: Bool
    let discoveryURL: String?
    let readOnly: Bool
    let pollInterval: Int
    let listInterval: Int
    let activityLimit: Int
    let accent: String?
    let profiles: [ProfileEntry]

    enum CodingKeys: String, CodingKey {
        case version, config, profile, target, key, accent, profiles
        case stateFolder = "state_folder"
        case logFile = "log_file"
        case baseURL = "base_url"
        case onBehalfOf = "on_behalf_of"
        case myIPs = "my_ips"
        case myIPsOrigin = "my_ips_origin"
        case usesEnvironmentMyIPs = "uses_sgaccess_my_ips"
        case discoveryURL = "discovery_url"
        case readOnly = "read_only"
        case pollInterval = "poll_interval"
        case listInterval = "list_interval"
        case activityLimit = "activity_limit"
    }
}

extension InfoShape {
    /// - Parameter keyProblem: nil when the key source holds a usable key.
    init(config: ConfigResolution, resolved: ResolvedProfile, keyProblem: String?) {
        let paths = config.paths
        let file = config.file
        self.init(
            version: SGAccessVersion.current,
            config: Config(path: paths.config, explicit: paths.configIsExplicit, exists: file != nil),
            stateFolder: paths.stateFolder, logFile: paths.logFile, profile: resolved.profile,
            target: resolved.target.description, baseURL: resolved.baseURL.absoluteString,
            onBehalfOf: resolved.onBehalfOf,
            key: Key(
                source: resolved.keySource.description, variable: resolved.keySource.variable,
                path: resolved.keySource.path, present: keyProblem == nil, problem: keyProblem),
            myIPs: resolved.myIPs, myIPsOrigin: resolved.myIPsOrigin,
            usesEnvironmentMyIPs: resolved.usesEnvironmentMyIPs,
            discoveryURL: resolved.discoveryURL?.absoluteString, readOnly: resolved.readOnly,
            pollInterval: resolved.pollInterval, listInterval: resolved.listInterval,
            activityLimit: resolved.activityLimit,
            accent: resolved.accent?.rawValue,
            profiles: (file?.profiles ?? []).map {
                ProfileEntry(name: $0.name, subusers: $0.subusers, isDefault: $0.name == file?.defaultProfile)
            })
    }
}
