import Foundation
import TOMLKit

/// The parsed, fully validated config file: `default_profile` and the profiles in the order they are written.
/// Parsing checks the whole file, so that nothing starts half-configured because of a mistake in a profile that
/// is not the one in use.
public struct ConfigFile: Hashable, Sendable {
    /// Where the file is (for messages and `info`).
    public var path: String
    /// `default_profile`, known to exist in `profiles`.
    public var defaultProfile: String?
    /// The `[profiles.NAME]` tables in file order.
    public var profiles: [Profile]

    public init(path: String, defaultProfile: String? = nil, profiles: [Profile] = []) {
        self.path = path
        self.defaultProfile = defaultProfile
        self.profiles = profiles
    }

    /// The keys allowed at the top of the file.
    public static let topLevelKeys = ["default_profile", "profiles"]

    /// The profile called `name`, if any.
    public func profile(named name: String) -> Profile? {
        profiles.first { $0.name == name }
    }

    /// Parses and validates `text`, the contents of the file at `path`.
    /// - Parameter home: the home folder `~` in `api_key_file` stands for.
    public static func parse(_ text: String, path: String, home: String?) throws(ConfigError) -> ConfigFile {
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(
                path: path, line: error.source.begin.line, column: error.source.begin.column,
                reason: "the file is not valid TOML (\(error.description)). Fix that line and try again.")
        } catch {
            throw ConfigError(path: path, reason: "the file could not be parsed (\(error)).")
        }
        let decoder = ConfigDecoder(path: path, locator: SourceLocator(text), home: home)
        return try decoder.decode(root)
    }
}
