extension AccessSettingsService {
    /// Removes the rules with these ids, the one place that chooses the request: one id is
    /// `DELETE /v3/access_settings/whitelist/{id}` (`removeRule(id:)`), several are one
    /// `DELETE /v3/access_settings/whitelist` with `{"ids": [...]}` (`removeRules(ids:)`). An empty `ids` is handed to
    /// `removeRules(ids:)` (for which `SendGridClient` sends nothing).
    public func remove(ids: [Int]) async throws(APIError) -> APIResult<Void> {
        if ids.count == 1 { return try await removeRule(id: ids[0]) }
        return try await removeRules(ids: ids)
    }
}
