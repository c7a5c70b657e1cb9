import AccessCore
import Foundation
import SendGridAPI

extension ConfigResolution {
    /// Combines `flags`, the profile `name` (nil: no profile) and `environment` into one account.
    ///
    /// Precedence, per setting: host `--base-url` / `--region` > profile `base_url` / `region` >
    /// `SENDGRID_BASE_URL` > global; account `subuser` > `--on-behalf-of` > profile `on_behalf_of`; key
    /// `--api-key-file` > profile `api_key_file` / `api_key_env` > `SENDGRID_API_KEY` > the default key file;
    /// addresses `--my-ip` > profile `my_ips` (which also replaces `SGACCESS_MY_IPS`); `--my-ip-url` >
    /// `my_ip_url`; `--read-only` or `read_only`; `--poll-interval` > `poll_interval` > 5; `--list-interval` > `list_interval` > 60; `--activity-limit` >
    /// `activity_limit` > 100.
    /// - Parameter subuser: an entry of the profile's `subusers` chosen in the account picker.
    public func resolve(
        profile name: String?, subuser: String? = nil, flags: ConfigFlags, environment: [String: String]
    ) throws(ResolutionError) -> ResolvedProfile {
        let profile = try name.map { (name) throws(ResolutionError) in try self.profile(name) }
        let baseURL = try resolveBaseURL(profile, flags: flags, environment: environment)
        let onBehalfOf = try resolveOnBehalfOf(profile, subuser: subuser, flags: flags)
        let flagDiscovery = try flags.myIPURL.map { (text) throws(ResolutionError) -> URL in
            guard let url = DiscoveryURL.check(text) else { throw .flag("--my-ip-url " + DiscoveryURL.problem(text)) }
            return url
        }
        let profileIPs = flags.myIPs.isEmpty ? profile?.myIPs : nil
        return ResolvedProfile(
            profile: profile?.name,
            target: AccountTarget(
                profile: profile?.name, onBehalfOf: onBehalfOf, endpoint: AccountTarget.Endpoint(baseURL: baseURL)),
            baseURL: baseURL, onBehalfOf: onBehalfOf,
            keySource: keySource(profile, flags: flags, environment: environment),
            myIPs: profileIPs ?? flags.myIPs,
            myIPsOrigin: profileIPs != nil ? "profile \(profile?.name ?? "") (my_ips)" : "--my-ip",
            usesEnvironmentMyIPs: profile?.myIPs == nil,
            discoveryURL: flagDiscovery ?? profile?.myIPURL,
            readOnly: flags.readOnly || (profile?.readOnly ?? false),
            pollInterval: flags.pollInterval ?? profile?.pollInterval ?? ResolvedProfile.defaultPollInterval,
            listInterval: flags.listInterval ?? profile?.listInterval ?? ResolvedProfile.defaultListInterval,
            activityLimit: flags.activityLimit ?? profile?.activityLimit ?? ResolvedProfile.defaultActivityLimit,
            accent: profile?.accent, subusers: profile?.subusers ?? [])
    }

    /// `resolve` for the active profile (`activeProfile`).
    public func resolveActive(
        flags: ConfigFlags, environment: [String: String]
    ) throws(ResolutionError)
        -> ResolvedProfile
    {
        try resolve(
            profile: activeProfile(flags: flags, environment: environment), flags: flags, environment: environment)
    }

    private func resolveBaseURL(
        _ profile: Profile?, flags: ConfigFlags, environment: [String: String]
    ) throws(ResolutionError) -> URL {
        if let text = flags.baseURL {
            return try BaseURLResolver.resolve(override: text).mapError { ResolutionError.flag($0.message) }.get()
        }
        if let region = flags.region { return region.baseURL }
        if let url = profile?.baseURL { return url }
        if let region = profile?.region { return region.baseURL }
        return try BaseURLResolver.resolve(environment: environment).mapError {
            ResolutionError.flag("\(BaseURLResolver.environmentKey): " + $0.message)
        }.get()
    }

    private func resolveOnBehalfOf(
        _ profile: Profile?, subuser: String?, flags: ConfigFlags
    ) throws(ResolutionError) -> String? {
        if let text = subuser ?? flags.onBehalfOf {
            let origin = subuser != nil ? "subuser" : "--on-behalf-of"
            return try OnBehalfOf.parse(text).mapError { ResolutionError.flag("\(origin): " + $0.message) }.get()
                .headerValue
        }
        return profile?.onBehalfOf
    }

    private func keySource(_ profile: Profile?, flags: ConfigFlags, environment: [String: String]) -> KeySource {
        if let path = flags.apiKeyFile { return .flagFile(path) }
        if let profile, let path = profile.apiKeyFile { return .profileFile(profile: profile.name, path: path) }
        if let profile, let variable = profile.apiKeyEnv {
            return .profileVariable(profile: profile.name, variable: variable)
        }
        let fromEnvironment = environment[APIKeyLoader.environmentKey].map { !$0.isEmpty } ?? false
        if !fromEnvironment, defaultKeyFileExists, let path = paths.defaultKeyFile { return .defaultFile(path) }
        return .environment
    }

    /// Appended to "No API key: …" so that the operator learns about the default key file and profiles.
    public var missingKeyHint: String {
        guard let path = paths.defaultKeyFile else { return "" }
        return " Or put it in \(path) (chmod 600), or name it in a profile (api_key_file or api_key_env)."
    }
}
