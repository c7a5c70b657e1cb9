/// Where sgaccess keeps its files, from the environment alone (XDG base directories). Nothing here touches the
/// disk. Without `HOME` (and without the XDG variables) there is no default config or key file: sgaccess then
/// runs on flags and the environment alone, as it does in tests.
public struct ConfigPaths: Hashable, Sendable {
    /// Overrides the config file's path; a file named here must exist.
    public static let configVariable = "SGACCESS_CONFIG"
    /// Chooses the profile when `--profile` is not given.
    public static let profileVariable = "SGACCESS_PROFILE"

    /// The config file, or nil when neither `SGACCESS_CONFIG`, `XDG_CONFIG_HOME` nor `HOME` is set.
    public var config: String?
    /// True when `SGACCESS_CONFIG` named the file (then a missing file is an error).
    public var configIsExplicit: Bool
    /// The key file read when no flag, profile or `SENDGRID_API_KEY` gives a key: `$XDG_CONFIG_HOME/sgaccess/key`.
    public var defaultKeyFile: String?
    /// `$XDG_STATE_HOME/sgaccess` (default `~/.local/state/sgaccess`).
    public var stateFolder: String?
    /// The terminal app's default log: `<state folder>/sgaccess.log`.
    public var logFile: String? { stateFolder.map { $0 + "/sgaccess.log" } }

    public init(variables: [String: String]) {
        let home = Self.nonEmpty(variables["HOME"])
        let configHome = Self.nonEmpty(variables["XDG_CONFIG_HOME"]) ?? home.map { $0 + "/.config" }
        let stateHome = Self.nonEmpty(variables["XDG_STATE_HOME"]) ?? home.map { $0 + "/.local/state" }
        if let explicit = Self.nonEmpty(variables[Self.configVariable]) {
            config = Self.expandingTilde(explicit, home: home)
            configIsExplicit = true
        } else {
            config = configHome.map { $0 + "/sgaccess/config.toml" }
            configIsExplicit = false
        }
        defaultKeyFile = configHome.map { $0 + "/sgaccess/key" }
        stateFolder = stateHome.map { $0 + "/sgaccess" }
    }

    /// `~` and `~/x` become the home folder; anything else (and everything without a known home) is unchanged.
    public static func expandingTilde(_ path: String, home: String?) -> String {
        guard let home, path == "~" || path.hasPrefix("~/") else { return path }
        return home + path.dropFirst()
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}
