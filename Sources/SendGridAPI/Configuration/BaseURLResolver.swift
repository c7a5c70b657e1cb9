import Foundation

/// Chooses the API host: an explicit `--base-url`, else `SENDGRID_BASE_URL`, else the region's URL.
public enum BaseURLResolver {
    /// The environment variable that overrides the region (the simulator's `http://127.0.0.1:PORT`).
    public static let environmentKey = "SENDGRID_BASE_URL"

    /// Resolves and validates the base URL. A trailing `/` or `/v3` is dropped (the client adds `/v3/...`).
    /// Plain `http` is accepted only for loopback hosts, because the key would otherwise cross the network
    /// unencrypted.
    public static func resolve(
        region: Region = .global, override: String? = nil, environment: [String: String] = [:]
    ) -> Result<URL, BaseURLError> {
        let explicit = [override, environment[environmentKey]].compactMap { $0 }
            .map { $0.trimmingSpacesAndNewlines() }.first { !$0.isEmpty }
        guard let text = explicit else { return .success(region.baseURL) }
        return validate(text)
    }

    static func validate(_ text: String) -> Result<URL, BaseURLError> {
        var trimmed = text
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        if trimmed.hasSuffix("/v3") { trimmed.removeLast(3) }
        guard let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased(),
            let host = components.host, !host.isEmpty, let url = components.url
        else {
            return .failure(.invalid(text))
        }
        guard scheme == "https" || scheme == "http" else { return .failure(.unsupportedScheme(text)) }
        guard components.query == nil, components.fragment == nil else { return .failure(.invalid(text)) }
        if scheme == "http" && !isLoopback(host) { return .failure(.insecure(text)) }
        return .success(url)
    }

    static func isLoopback(_ host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        return bare == "localhost" || bare == "::1" || bare.hasPrefix("127.")
    }
}
