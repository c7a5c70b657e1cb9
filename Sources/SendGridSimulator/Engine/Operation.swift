import AccessCore

/// The six API operations, recognised from method and path.
enum Operation: Sendable, Hashable {
    case listRules
    case addRules
    case deleteRules
    case getRule(String)
    case deleteRule(String)
    case listActivity

    /// The scope a key needs for this operation.
    var scope: SimulatorScope {
        switch self {
        case .listRules, .getRule: return .whitelistRead
        case .addRules: return .whitelistCreate
        case .deleteRules, .deleteRule: return .whitelistDelete
        case .listActivity: return .activityRead
        }
    }

    enum Match: Sendable, Hashable {
        case operation(Operation)
        /// A known path that does not support the method; `allowed` are the methods it does, for the `Allow`
        /// header (RFC 9110 §15.5.6).
        case methodNotAllowed(allowed: [String])
        case notFound
    }

    /// The methods of the list's path, of one rule's path and of the activity's path.
    static let rulesMethods = ["GET", "POST", "DELETE"]
    static let ruleMethods = ["GET", "DELETE"]
    static let activityMethods = ["GET"]

    /// Matches a request line; a trailing slash is ignored. Methods are case-sensitive (RFC 9110 §9.1).
    static func match(method: String, path: String) -> Match {
        var path = path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        switch path {
        case AccessSettingsPath.rules:
            switch method {
            case "GET": return .operation(.listRules)
            case "POST": return .operation(.addRules)
            case "DELETE": return .operation(.deleteRules)
            default: return .methodNotAllowed(allowed: rulesMethods)
            }
        case AccessSettingsPath.activity:
            return method == "GET" ? .operation(.listActivity) : .methodNotAllowed(allowed: activityMethods)
        default:
            guard let id = AccessSettingsPath.ruleID(in: path) else { return .notFound }
            switch method {
            case "GET": return .operation(.getRule(id))
            case "DELETE": return .operation(.deleteRule(id))
            default: return .methodNotAllowed(allowed: ruleMethods)
            }
        }
    }
}
