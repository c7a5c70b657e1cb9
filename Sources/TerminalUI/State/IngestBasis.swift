import AccessCore

/// What building a snapshot needs to know of the state, read on the main actor when the request starts (cheap:
/// the arrays share storage with the state). A build never reads the state itself, so it may run anywhere; the
/// reducer checks each part against the state when the snapshot arrives and redoes on the main actor only what
/// changed meanwhile (`AppState+Ingest.swift`). The default basis matches no state: everything it built is
/// checked and, where needed, redone, which is what tests that build snapshots by hand rely on.
public struct IngestBasis: Sendable {
    /// `RulesPane.version` when read; nil matches no pane.
    public var rulesVersion: Int?
    /// The list the pane holds, for the "nothing changed" comparison; nil while none was read.
    public var rules: [AllowRule]?
    public var ruleSettings = RulesPane.Settings()
    /// `AttemptsPane.version` when read; nil matches no pane.
    public var attemptsVersion: Int?
    /// The attempts the pane holds, retriaged against a changed list; nil while none were read.
    public var attempts: [AccessAttempt]?
    public var attemptSettings = AttemptsPane.Settings()
    /// The current list's index for triaging new attempts; nil while the list has never been read.
    public var index: CoverageIndex?
    /// My addresses (`AppState.myAddresses`).
    public var mine: [IPAddress] = []

    public init() {}
}

extension AppState {
    /// The basis for snapshots of answers to requests sent now.
    public var ingestBasis: IngestBasis {
        var basis = IngestBasis()
        basis.rulesVersion = rules.version
        basis.rules = rules.isLoaded ? rules.rules : nil
        basis.ruleSettings = rules.settings
        basis.attemptsVersion = attempts.version
        basis.attempts = attempts.isLoaded ? attempts.attempts : nil
        basis.attemptSettings = attempts.settings
        basis.index = triageIndex
        basis.mine = myAddresses
        return basis
    }
}
