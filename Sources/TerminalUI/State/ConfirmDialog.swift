import AccessCore

/// A confirmation: the change it guards, unchanged until confirmed, and what the operator is told.
public struct ConfirmDialog: Hashable, Sendable {
    public let mutation: Mutation
    public let title: String
    /// Target and consequence, then any warnings (lockout verdict, hidden marks), one sentence each.
    public let lines: [String]
    /// The equivalent API call, e.g. `DELETE /v3/access_settings/whitelist/12`.
    public let apiCall: String
    /// When set, the operator must type `expected` (an address or a range) and press Enter; `y` is plain text.
    public var typed: TypedConfirmation?
    /// The guard's judgement the dialog was built from; a re-check compares its `decisive` part.
    public let assessment: GuardAssessment
}
