import AccessCore

/// `sgaccess check`: `{"address", "allowed", "reason", "rules": [RuleShape], "scope"}`; `reason` is "covered",
/// "list_empty" or "not_covered"; `scope` is the address's `AddressScope.word` ("public", "private", …).
struct CheckShape: Encodable {
    let address: String
    let allowed: Bool
    let reason: String
    let rules: [RuleShape]
    let scope: String
}
