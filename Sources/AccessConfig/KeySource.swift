/// Where the API key of a resolved profile comes from (never the key itself), in precedence order:
/// `--api-key-file`, the profile's `api_key_file` or `api_key_env`, `SENDGRID_API_KEY`, the default key file.
public enum KeySource: Hashable, Sendable {
    /// `--api-key-file PATH`.
    case flagFile(String)
    /// A profile's `api_key_file` (`~` expanded).
    case profileFile(profile: String, path: String)
    /// A profile's `api_key_env`: the variable that holds the key.
    case profileVariable(profile: String, variable: String)
    /// `SENDGRID_API_KEY`.
    case environment
    /// `$XDG_CONFIG_HOME/sgaccess/key`, read because nothing else gives a key and the file exists.
    case defaultFile(String)

    /// The file to read, for the file sources.
    public var path: String? {
        switch self {
        case .flagFile(let path), .profileFile(_, let path), .defaultFile(let path): path
        case .profileVariable, .environment: nil
        }
    }

    /// The variable to read, for the environment sources.
    public var variable: String? {
        switch self {
        case .profileVariable(_, let variable): variable
        case .environment: "SENDGRID_API_KEY"
        case .flagFile, .profileFile, .defaultFile: nil
        }
    }

    /// "file /home/me/.config/sgaccess/prod.key (profile prod, api_key_file)", for `info` and logs.
    public var description: String {
        switch self {
        case .flagFile(let path): "file \(path) (--api-key-file)"
        case .profileFile(let profile, let path): "file \(path) (profile \(profile), api_key_file)"
        case .profileVariable(let profile, let variable):
            "environment variable \(variable) (profile \(profile), api_key_env)"
        case .environment: "environment variable SENDGRID_API_KEY"
        case .defaultFile(let path): "file \(path) (the default key file)"
        }
    }
}
