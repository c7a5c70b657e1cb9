import AccessCore
import Foundation
import SendGridAPI
import TOMLKit
import TerminalKit

/// Reads and validates the keys of one `[profiles.NAME]` table, with the same rules as the flags they stand for
/// (`BaseURLResolver`, `OnBehalfOf`, `IPAddress`, the poll and activity bounds).
struct ProfileReader {
    let decoder: ConfigDecoder
    let table: TOMLTable
    let at: [String]

    func read(name: String) throws(ConfigError) -> Profile {
        var profile = Profile(name: name)
        if let text = try string("region") {
            guard let region = Region(rawValue: text.lowercased()) else {
                throw fail("region", "'\(text)' is not a SendGrid region; write \"global\" or \"eu\".")
            }
            profile.region = region
        }
        if let text = try string("base_url") {
            profile.baseURL = try BaseURLResolver.resolve(override: text).mapError { fail("base_url", $0.message) }
                .get()
        }
        try exclusive("region", "base_url", "they both choose the host")
        if let text = try string("on_behalf_of") {
            profile.onBehalfOf = try OnBehalfOf.parse(text).mapError { fail("on_behalf_of", $0.message) }.get()
                .headerValue
        }
        try readKey(into: &profile)
        try readAddresses(into: &profile)
        try readApp(into: &profile)
        return profile
    }

    private func readKey(into profile: inout Profile) throws(ConfigError) {
        if let name = try string("api_key_env") {
            guard Self.isVariableName(name) else {
                throw fail("api_key_env", "'\(name)' is not an environment variable name (letters, digits, _).")
            }
            profile.apiKeyEnv = name
        }
        if let path = try string("api_key_file") {
            guard !path.isEmpty else { throw fail("api_key_file", "is empty; give the key file's path.") }
            profile.apiKeyFile = ConfigPaths.expandingTilde(path, home: decoder.home)
        }
        try exclusive("api_key_env", "api_key_file", "the key comes from one place")
    }

    private func readAddresses(into profile: inout Profile) throws(ConfigError) {
        if let value = table["my_ips"] {
            let entries = try decoder.strings(value, at: at + ["my_ips"])
            for piece in entries.flatMap(AllowEntryParser.splitEntries) {
                if case .failure(let problem) = IPAddress.parse(piece) {
                    throw fail("my_ips", "'\(piece)' is not an address. \(problem.message)")
                }
            }
            profile.myIPs = entries
        }
        if let text = try string("my_ip_url") {
            guard let url = DiscoveryURL.check(text) else { throw fail("my_ip_url", DiscoveryURL.problem(text)) }
            profile.myIPURL = url
        }
    }

    private func readApp(into profile: inout Profile) throws(ConfigError) {
        if let value = table["read_only"] { profile.readOnly = try decoder.bool(value, at: at + ["read_only"]) }
        if let value = table["poll_interval"] {
            let seconds = try decoder.int(value, at: at + ["poll_interval"])
            guard seconds >= 1 else { throw fail("poll_interval", "must be at least 1 second (got \(seconds)).") }
            profile.pollInterval = seconds
        }
        if let value = table["list_interval"] {
            let seconds = try decoder.int(value, at: at + ["list_interval"])
            guard seconds >= 1 else { throw fail("list_interval", "must be at least 1 second (got \(seconds)).") }
            profile.listInterval = seconds
        }
        if let value = table["activity_limit"] {
            let limit = try decoder.int(value, at: at + ["activity_limit"])
            guard (1...1000).contains(limit) else {
                throw fail("activity_limit", "must be between 1 and 1000 (got \(limit)).")
            }
            profile.activityLimit = limit
        }
        if let text = try string("accent") {
            guard let accent = AccentColor(rawValue: text.lowercased()) else {
                throw fail(
                    "accent",
                    "'\(text)' is not a colour." + NearMiss.hint(for: text, among: AccentColor.allCases.map(\.rawValue))
                        + " Use one of \(AccentColor.names).")
            }
            profile.accent = accent
        }
        if let value = table["subusers"] {
            for name in try decoder.strings(value, at: at + ["subusers"]) {
                let parsed = try OnBehalfOf.parse(name).mapError { fail("subusers", $0.message) }.get()
                profile.subusers.append(parsed.headerValue)
            }
        }
    }

    // MARK: - Helpers

    private func string(_ key: String) throws(ConfigError) -> String? {
        guard let value = table[key] else { return nil }
        return try decoder.string(value, at: at + [key])
    }

    /// Two keys that cannot both be set: the error names the later line.
    private func exclusive(_ first: String, _ second: String, _ why: String) throws(ConfigError) {
        guard table[first] != nil, table[second] != nil else { return }
        let later = decoder.line(at + [first]) > decoder.line(at + [second]) ? first : second
        throw fail(later, "set either \(first) or \(second), not both: \(why).")
    }

    private func fail(_ key: String, _ reason: String) -> ConfigError {
        decoder.error(at + [key], reason)
    }

    static func isVariableName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_")
        }
    }
}
