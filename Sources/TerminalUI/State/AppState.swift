import AccessCore

/// Everything the screen shows, as one value. Only `reduce(_:_:)` changes it; `render(_:width:height:)` draws it.
public struct AppState: Equatable, Sendable {
    public let config: AppConfig
    public let keymap: Keymap
    /// The account the screen is about, sanitised once: "profile prod · subuser sub1 · eu" (`AccountTarget`).
    public let accountLabel: String
    /// The same account in fewer columns ("ops · eu-subuser · global"), for a header that is short of room.
    public let accountShortLabel: String
    /// The colour the header draws `accountLabel` in (nil: the default accent).
    public let accent: AccentColor?
    /// The accounts the picker offers, in order (empty: only the one the app was started with).
    public let accounts: [AccountChoice]
    /// Which account the data and every request in flight belong to: it grows by one at each switch, and an
    /// answer asked for under another epoch (`Action.forAccount`) is dropped.
    public internal(set) var accountEpoch = 0
    /// The account being opened after Enter in the picker; changes are refused until it opens or fails.
    public internal(set) var switching: AccountChoice?
    public private(set) var width: Int
    public private(set) var height: Int
    /// The last clock tick, Unix seconds.
    public var now: Int64
    public var focus: Pane = .rules
    /// Which list the detail pane describes (the last list focused).
    public var detailSubject: ListPane = .rules
    public var rules = RulesPane()
    public var attempts = AttemptsPane()
    public var poll: PollStatus
    public var myVerdicts: [MyIPVerdict] = []
    public var overlay: Overlay?
    public var flash: Flash?
    /// Why the screen is ASCII only (`Action.asciiOnly`), shown on the flash line while no flash is; the first
    /// key clears it.
    public var charsetNotice: String?
    var nextFlashID = 1
    /// The change sent and not yet answered; others are refused until it finishes.
    public var inFlight: Mutation?
    /// The account's journal and the notes and expiries of its rules (`LedgerState`).
    public var ledger = LedgerState()
    /// A finished change whose effect is checked against the next list read.
    public var pendingCheck: Mutation?
    /// A change waiting for the re-read of the list that decides whether it may still be sent.
    public var pendingRecheck: PendingRecheck?
    /// What the guard knows about this host's and the operator's addresses; learns from every activity poll.
    public var knowledge: AddressKnowledge

    public init(
        config: AppConfig, now: Int64, width: Int = 80, height: Int = 24, accounts: [AccountChoice] = []
    ) {
        self.config = config
        keymap = Keymap.standard(readOnly: config.readOnly)
        accountLabel = Sanitizer.clean(config.target.description, maxColumns: 200)
        accountShortLabel = Sanitizer.clean(config.target.compactDescription, maxColumns: 200)
        accent = config.accent
        self.accounts = accounts
        self.now = now
        self.width = width
        self.height = height
        knowledge = AddressKnowledge(given: config.myAddresses)
        poll = PollStatus(interval: config.pollInterval, listInterval: config.listInterval)
        myVerdicts = computeVerdicts()
        // Sources that disagree at start are worth reading before anything else; it stays until the next key.
        if let disagreement = knowledge.disagreement { flash = Flash(id: 0, kind: .error, text: disagreement) }
    }

    public var isReadOnly: Bool { config.readOnly }
    /// The addresses the guard protects and the screen marks as mine (see `AddressKnowledge.protected`).
    public var myAddresses: [IPAddress] { knowledge.protected }
    /// The list's index for triage, or nil while the list has never been read.
    var triageIndex: CoverageIndex? { rules.isLoaded ? rules.index : nil }
    public var layout: Layout {
        Layout(width: width, height: height, focus: focus, detailSubject: detailSubject, flashLines: flashLines)
    }

    /// The list the keys act on: the focused one, or the one the detail pane describes.
    public var activeList: ListPane {
        switch focus {
        case .rules: return .rules
        case .attempts: return .attempts
        case .detail: return detailSubject
        }
    }

    func page(_ pane: ListPane) -> Int { layout.pageSize(of: pane) }

    mutating func setSize(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        rules.list.clampScroll(count: rules.visible.count, page: page(.rules))
        attempts.list.clampScroll(count: attempts.visible.count, page: page(.attempts))
    }

    /// This host's addresses, then the operator's SSH address (also when SendGrid cannot see it).
    func computeVerdicts() -> [MyIPVerdict] {
        let index = rules.index
        func verdict(_ address: IPAddress, _ role: MyIPVerdict.Role) -> MyIPVerdict {
            let ids = index.rules(covering: address).map(\.id)
            return MyIPVerdict(
                role: role, address: address.description, coveringRuleIDs: ids,
                allowed: index.isEmpty || !ids.isEmpty)
        }
        var out = knowledge.hostAddresses.map { verdict($0, .host) }
        if let ssh = knowledge.operatorAddress, !knowledge.hostAddresses.contains(ssh) {
            out.append(verdict(ssh, .sshClient))
        }
        return out
    }
}

/// A change sent for a re-read of the list, with the guard verdict the operator saw (or that let it go at once).
public struct PendingRecheck: Hashable, Sendable {
    public let mutation: Mutation
    public let confirmed: GuardAssessment.Decisive
}
