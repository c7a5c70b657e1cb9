import AccessCore
import Foundation
import SendGridAPI

/// The config file as loaded, and the one function that combines it with the flags and the environment:
/// flags win over the profile, the profile over the environment. The CLI calls `resolve` once for the active
/// profile; the app's account picker calls it for each entry of `choices`.
public struct ConfigResolution: Sendable {
    /// Where the files are.
    public let paths: ConfigPaths
    /// The validated file; nil when there is none (then flags and the environment work as without profiles).
    public let file: ConfigFile?
    /// Whether the default key file (`paths.defaultKeyFile`) exists.
    public let defaultKeyFileExists: Bool

    public init(paths: ConfigPaths, file: ConfigFile?, defaultKeyFileExists: Bool = false) {
        self.paths = paths
        self.file = file
        self.defaultKeyFileExists = defaultKeyFileExists
    }

    /// Reads and validates the whole config file. A missing file at the default path is no error; a missing file
    /// named by `SGACCESS_CONFIG` is.
    public static func load(
        variables: [String: String], fileSystem: ConfigFileSystem = .live
    ) throws(ConfigError) -> ConfigResolution {
        let paths = ConfigPaths(variables: variables)
        let keyExists = paths.defaultKeyFile.map(fileSystem.exists) ?? false
        guard let path = paths.config else { return ConfigResolution(paths: paths, file: nil) }
        let text: String?
        do {
            text = try fileSystem.read(path)
        } catch {
            let reason = (error as? ConfigFileSystem.FileReadError)?.reason ?? "\(error)"
            throw ConfigError(path: path, reason: "the file exists but \(reason).")
        }
        guard let text else {
            guard !paths.configIsExplicit else {
                throw ConfigError(
                    path: path,
                    reason: "the file does not exist, but \(ConfigPaths.configVariable) names it. "
                        + "Create it, or unset \(ConfigPaths.configVariable) to use the default path.")
            }
            return ConfigResolution(paths: paths, file: nil, defaultKeyFileExists: keyExists)
        }
        let file = try ConfigFile.parse(text, path: path, home: ConfigPaths.nonEmpty(variables["HOME"]))
        return ConfigResolution(paths: paths, file: file, defaultKeyFileExists: keyExists)
    }

    /// The account picker's entries: the profiles in file order, each followed by its subusers.
    public var choices: [ProfileChoice] {
        (file?.profiles ?? []).flatMap { profile in
            [ProfileChoice(profile: profile.name)]
                + profile.subusers.map { ProfileChoice(profile: profile.name, subuser: $0) }
        }
    }

    /// The profile in use: `--profile`, else `SGACCESS_PROFILE`, else `default_profile`; nil when none is named.
    /// - Throws: when the named profile does not exist (the message lists the known ones).
    public func activeProfile(flags: ConfigFlags, environment: [String: String]) throws(ResolutionError) -> String? {
        let named = flags.profile ?? ConfigPaths.nonEmpty(environment[ConfigPaths.profileVariable])
        guard let named else { return file?.defaultProfile }
        _ = try profile(named)
        return named
    }

    /// The profile called `name`, or an error naming the known ones.
    func profile(_ name: String) throws(ResolutionError) -> Profile {
        guard let file else {
            let place = paths.config.map { "There is no config file at \($0)" } ?? "There is no config file"
            throw .profile("\(place), so there is no profile '\(name)'. Create it with a [profiles.\(name)] section.")
        }
        guard let profile = file.profile(named: name) else {
            let known = file.profiles.map(\.name)
            throw .profile(
                "There is no profile '\(name)' in \(file.path)." + NearMiss.hint(for: name, among: known) + " "
                    + ProfileList.sentence(known))
        }
        return profile
    }
}

/// Why flags and a profile could not be combined.
public enum ResolutionError: Error, Hashable, Sendable {
    /// An unknown profile (or none without a file).
    case profile(String)
    /// A flag's value is refused.
    case flag(String)

    public var message: String {
        switch self {
        case .profile(let text), .flag(let text): text
        }
    }
}
