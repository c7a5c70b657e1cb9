/// Why the config file (or a profile chosen from it) cannot be used. `message` names the file, the line and the
/// key, and says what to write instead; it never holds an API key.
public struct ConfigError: Error, Hashable, Sendable {
    /// The config file's path (as resolved, `~` expanded).
    public let path: String
    /// 1-based line of the offending key or table, when known.
    public let line: Int?
    /// 1-based column, only for TOML syntax errors.
    public let column: Int?
    /// The dotted key, e.g. `profiles.prod.poll_interval`; nil for syntax errors and missing files.
    public let key: String?
    /// What is wrong and what to do, one or two sentences.
    public let reason: String

    public init(path: String, line: Int? = nil, column: Int? = nil, key: String? = nil, reason: String) {
        self.path = path
        self.line = line
        self.column = column
        self.key = key
        self.reason = reason
    }

    /// "Config file /home/me/.config/sgaccess/config.toml, line 4, key profiles.prod.poll_interval: must be …"
    public var message: String {
        var place = "Config file \(path)"
        if let line { place += ", line \(line)" }
        if let column { place += ", column \(column)" }
        if let key { place += ", key \(key)" }
        return place + ": " + reason
    }
}

extension ConfigError: CustomStringConvertible {
    public var description: String { message }
}
