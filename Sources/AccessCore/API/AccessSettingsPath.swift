/// The paths of SendGrid's IP Access Management API, defined once: the client's documentation and logs, the
/// simulator's router and the app's confirmations ("the equivalent API call") all use these. (The generated
/// client has its own copy, from `spec/openapi.yaml`.)
public enum AccessSettingsPath {
    /// The allow list: GET lists it, POST adds to it, DELETE with `{"ids": [...]}` removes several rules.
    public static let rules = "/v3/access_settings/whitelist"
    /// One rule, as the documentation names it: `/v3/access_settings/whitelist/{rule_id}`.
    public static let ruleTemplate = rules + "/{rule_id}"
    /// Recent access attempts (GET, `?limit=`).
    public static let activity = "/v3/access_settings/activity"

    /// One rule's path: `/v3/access_settings/whitelist/12`.
    public static func rule(_ id: Int) -> String { rule(String(id)) }

    /// One rule's path for an id as the request spelled it.
    public static func rule(_ id: String) -> String { rules + "/" + id }

    /// The rule id in a one-rule path (`/v3/access_settings/whitelist/12` → "12"), as spelled; nil for any other
    /// path, the list's own path included.
    public static func ruleID(in path: String) -> String? {
        let prefix = rules + "/"
        guard path.hasPrefix(prefix) else { return nil }
        let id = String(path.dropFirst(prefix.count))
        return id.isEmpty || id.contains("/") ? nil : id
    }
}
