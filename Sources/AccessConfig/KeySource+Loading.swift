import SendGridAPI

extension KeySource {
    /// Reads the key from its source with `APIKeyLoader`'s checks (owner-only files, one printable key).
    /// Errors name the source and the fix, never the key.
    /// - Parameter hint: appended when no key is found at all (e.g. where the default key file would be).
    public func load(variables: [String: String], hint: String = "") -> Result<APIKey, KeyLoadError> {
        switch self {
        case .flagFile(let path), .profileFile(_, let path), .defaultFile(let path):
            return APIKeyLoader.load(environment: [:], keyFilePath: path).map(\.key)
                .mapError { KeyLoadError(message: $0.message) }
        case .environment:
            return APIKeyLoader.load(environment: variables).map(\.key)
                .mapError { KeyLoadError(message: $0.message + ($0 == .missing ? hint : "")) }
        case .profileVariable(let profile, let variable):
            let unset = KeyLoadError(
                message: "No API key: profile \(profile) takes it from the environment variable \(variable) "
                    + "(api_key_env), which is not set. Export \(variable), or change api_key_env.")
            return APIKeyLoader.load(environment: [APIKeyLoader.environmentKey: variables[variable] ?? ""]).map(\.key)
                .mapError { error in
                    error == .missing ? unset : KeyLoadError(message: APIKeyError.malformed(source: variable).message)
                }
        }
    }
}

/// Why no key could be read from a `KeySource`. The message never holds the key.
public struct KeyLoadError: Error, Hashable, Sendable {
    public let message: String
}
