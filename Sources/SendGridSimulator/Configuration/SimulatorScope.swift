import Foundation

/// The API key scopes the IP Access Management operations need.
public enum SimulatorScope: String, Sendable, Hashable, CaseIterable, Codable {
    case whitelistRead = "access_settings.whitelist.read"
    case whitelistCreate = "access_settings.whitelist.create"
    case whitelistDelete = "access_settings.whitelist.delete"
    case activityRead = "access_settings.activity.read"

    /// Parses a comma-separated list of scope names ("access_settings.whitelist.read,access_settings.activity.read").
    public static func parseList(_ text: String) throws(SimulatorError) -> Set<SimulatorScope> {
        var scopes: Set<SimulatorScope> = []
        for piece in text.split(separator: ",") {
            let name = piece.trimmingCharacters(in: .whitespaces)
            guard let scope = SimulatorScope(rawValue: name) else {
                throw .invalidConfiguration(
                    "Unknown scope '\(name)'; use one of \(allCases.map(\.rawValue).joined(separator: ", "))."
                )
            }
            scopes.insert(scope)
        }
        return scopes
    }
}
