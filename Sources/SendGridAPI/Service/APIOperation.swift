import AccessCore

/// The six IP Access Management operations, with what the client needs to know about each:
/// the HTTP method (which decides the retry policy) and the API key scope it requires.
public enum APIOperation: String, Sendable, CaseIterable, Hashable {
    case listRules
    case getRule
    case addRules
    case removeRule
    case removeRules
    case activity

    /// The HTTP method, e.g. "GET".
    public var method: String {
        switch self {
        case .listRules, .getRule, .activity: return "GET"
        case .addRules: return "POST"
        case .removeRule, .removeRules: return "DELETE"
        }
    }

    /// The request as documentation names it, e.g. "DELETE /v3/access_settings/whitelist/{rule_id}".
    public var endpoint: String {
        switch self {
        case .listRules, .addRules, .removeRules: return "\(method) \(AccessSettingsPath.rules)"
        case .getRule, .removeRule: return "\(method) \(AccessSettingsPath.ruleTemplate)"
        case .activity: return "\(method) \(AccessSettingsPath.activity)"
        }
    }

    /// The API key scope SendGrid requires for this operation.
    public var scope: String {
        switch self {
        case .listRules, .getRule: return "access_settings.whitelist.read"
        case .addRules: return "access_settings.whitelist.create"
        case .removeRule, .removeRules: return "access_settings.whitelist.delete"
        case .activity: return "access_settings.activity.read"
        }
    }

    var isGET: Bool { method == "GET" }

    /// GET and DELETE may be repeated without changing the outcome; POST may not.
    var isIdempotent: Bool { method != "POST" }
}
