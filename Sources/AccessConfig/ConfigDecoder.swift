import Foundation
import TOMLKit

/// Turns the parsed TOML tree into a `ConfigFile`, checking every key's name, type and value, and naming the
/// line of whatever is wrong (`SourceLocator`).
struct ConfigDecoder {
    let path: String
    let locator: SourceLocator
    let home: String?

    func decode(_ root: TOMLTable) throws(ConfigError) -> ConfigFile {
        try checkKeys(of: root, allowed: ConfigFile.topLevelKeys, at: [])
        var file = ConfigFile(path: path)
        if let value = root["profiles"] {
            guard let table = value.table else {
                throw error(["profiles"], "must be a table of profiles, written as [profiles.NAME] sections.")
            }
            for name in profileNames(in: table) {
                file.profiles.append(try decodeProfile(name, table[name]))
            }
        }
        if let value = root["default_profile"] {
            let name = try string(value, at: ["default_profile"])
            guard file.profile(named: name) != nil else {
                let known = file.profiles.map(\.name)
                throw error(
                    ["default_profile"],
                    "names the profile '\(name)', which the file does not define."
                        + NearMiss.hint(for: name, among: known) + " " + ProfileList.sentence(known))
            }
            file.defaultProfile = name
        }
        return file
    }

    /// The profiles in the order their `[profiles.NAME]` headers appear; any written otherwise (dotted keys,
    /// inline tables) follow in name order.
    private func profileNames(in table: TOMLTable) -> [String] {
        let all = table.keys
        let written = locator.tableOrder.compactMap { path -> String? in
            path.count == 2 && path[0] == "profiles" ? path[1] : nil
        }
        var seen = Set<String>()
        let ordered = written.filter { all.contains($0) && seen.insert($0).inserted }
        return ordered + all.sorted().filter { !seen.contains($0) }
    }

    private func decodeProfile(_ name: String, _ value: TOMLValueConvertible?) throws(ConfigError) -> Profile {
        let at = ["profiles", name]
        guard Self.isProfileName(name) else {
            throw error(at, "'\(name)' is not a usable profile name; use letters, digits, '-' and '_' only.")
        }
        guard let table = value?.table else {
            throw error(at, "must be a table: write [profiles.\(name)] followed by its keys.")
        }
        try checkKeys(of: table, allowed: Profile.keys, at: at)
        return try ProfileReader(decoder: self, table: table, at: at).read(name: name)
    }

    static func isProfileName(_ name: String) -> Bool {
        !name.isEmpty
            && name.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_")
            }
    }

    private func checkKeys(of table: TOMLTable, allowed: [String], at: [String]) throws(ConfigError) {
        let unknown = table.keys.filter { !allowed.contains($0) }
            .sorted { (locator.line(of: at + [$0]) ?? 0) < (locator.line(of: at + [$1]) ?? 0) }
        guard let first = unknown.first else { return }
        let place = at.isEmpty ? "at the top of the file" : "in [\(at.joined(separator: "."))]"
        throw error(
            at + [first],
            "is not a known key \(place)." + NearMiss.hint(for: first, among: allowed)
                + " Known keys: \(allowed.joined(separator: ", ")).")
    }

    // MARK: - Values

    func error(_ path: [String], _ reason: String) -> ConfigError {
        ConfigError(path: self.path, line: locator.line(of: path), key: Self.dotted(path), reason: reason)
    }

    func line(_ path: [String]) -> Int { locator.line(of: path) ?? 0 }

    func string(_ value: TOMLValueConvertible, at path: [String]) throws(ConfigError) -> String {
        guard let text = value.string else { throw typeError(value, at: path, expected: "a string in quotes") }
        return text
    }

    func int(_ value: TOMLValueConvertible, at path: [String]) throws(ConfigError) -> Int {
        guard let number = value.int else { throw typeError(value, at: path, expected: "a whole number") }
        return number
    }

    func bool(_ value: TOMLValueConvertible, at path: [String]) throws(ConfigError) -> Bool {
        guard let flag = value.bool else { throw typeError(value, at: path, expected: "true or false") }
        return flag
    }

    func strings(_ value: TOMLValueConvertible, at path: [String]) throws(ConfigError) -> [String] {
        guard let array = value.array else {
            throw typeError(value, at: path, expected: "a list of strings, e.g. [\"a\", \"b\"]")
        }
        var result: [String] = []
        for element in array {
            guard let text = element.string else {
                throw typeError(element, at: path, expected: "a list of strings, e.g. [\"a\", \"b\"]")
            }
            result.append(text)
        }
        return result
    }

    private func typeError(_ value: TOMLValueConvertible, at path: [String], expected: String) -> ConfigError {
        error(path, "must be \(expected), not \(Self.typeName(value.type)).")
    }

    static func typeName(_ type: TOMLType) -> String {
        switch type {
        case .string: "a string"
        case .int: "a whole number"
        case .double: "a decimal number"
        case .bool: "a boolean"
        case .array: "a list"
        case .table: "a table"
        case .date, .time, .dateTime: "a date or time"
        }
    }

    /// `profiles.prod.region`; a part that is not a bare key is quoted.
    static func dotted(_ path: [String]) -> String {
        path.map { isProfileName($0) ? $0 : "\"\($0)\"" }.joined(separator: ".")
    }
}
