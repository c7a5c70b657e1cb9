import AccessCore
import Foundation

/// What `statePath` keeps across restarts: every tenant's list and the next rule id (activity is not kept).
public struct PersistedSimulatorState: Codable, Sendable, Hashable {
    public struct Rule: Codable, Sendable, Hashable {
        public var id: Int
        public var ip: String
        public var createdAt: Int64
        public var updatedAt: Int64

        enum CodingKeys: String, CodingKey {
            case id, ip
            case createdAt = "created_at"
            case updatedAt = "updated_at"
        }
    }

    public var version: Int = 1
    public var nextID: Int
    /// Rules by tenant ("" is the parent account, otherwise the `on-behalf-of` value).
    public var tenants: [String: [Rule]]

    enum CodingKeys: String, CodingKey {
        case version
        case nextID = "next_id"
        case tenants
    }

    /// Reads and checks a state file; nil when it does not exist yet.
    static func load(path: String) throws(SimulatorError) -> PersistedSimulatorState? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let state: PersistedSimulatorState
        do {
            state = try JSONDecoder().decode(
                PersistedSimulatorState.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw .stateFile(path: path, reason: "it is not a simulator state file (\(error.localizedDescription))")
        }
        for (tenant, rules) in state.tenants {
            for rule in rules {
                if case .failure(let problem) = AllowEntryParser.parse(rule.ip) {
                    throw .stateFile(
                        path: path, reason: "rule \(rule.id) of tenant '\(tenant)' is invalid: \(problem.message)")
                }
            }
        }
        return state
    }

    /// Writes the state atomically (a temporary file renamed over the old one).
    func save(path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// The rules of each tenant as domain values.
    var allowRules: [String: [AllowRule]] {
        tenants.mapValues { rules in
            rules.map { AllowRule(id: $0.id, ip: $0.ip, createdAt: $0.createdAt, updatedAt: $0.updatedAt) }
                .sorted { $0.id < $1.id }
        }
    }
}
