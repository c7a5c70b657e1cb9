import AccessCore

/// The six IP Access Management operations in domain terms (paths: `AccessSettingsPath`). `SendGridClient`
/// implements it over HTTP; tests and the terminal app may use any other implementation. Callers that remove
/// rules use `remove(ids:)`, which picks the right one of the two DELETEs.
public protocol AccessSettingsService: Sendable {
    /// GET the allow list (`AccessSettingsPath.rules`).
    func listRules() async throws(APIError) -> APIResult<[AllowRule]>
    /// GET one rule (`AccessSettingsPath.ruleTemplate`).
    func rule(id: Int) async throws(APIError) -> APIResult<AllowRule>
    /// POST to the allow list (`AccessSettingsPath.rules`). Never retried blindly: on a timeout or 5xx the client
    /// re-reads the list and throws `APIError.addUncertain` saying which entries landed.
    func addRules(_ ips: [String]) async throws(APIError) -> APIResult<[AllowRule]>
    /// DELETE one rule (`AccessSettingsPath.ruleTemplate`).
    func removeRule(id: Int) async throws(APIError) -> APIResult<Void>
    /// DELETE on the allow list (`AccessSettingsPath.rules`) with `{"ids": [...]}`.
    func removeRules(ids: [Int]) async throws(APIError) -> APIResult<Void>
    /// GET recent access attempts (`AccessSettingsPath.activity`, `?limit=`).
    func activity(limit: Int) async throws(APIError) -> APIResult<[AccessAttempt]>
}
