import AccessCore

/// Everything the screen shows, as one value. Only `reduce(_:_:)` changes it; `render(_:width:height:)` draws it.
public struct AppState: Equatable, Sendable {
    public let config: AppConfig
    public let keymap: Keymap
    /// Sanitised copies of the configuration strings, for the header.
    public let accountLabel: String
    public let onBehalfOfLabel: String?
    public let regionLabel: String
    public private(set) var width: Int
    public private(set) var height: Int
    /// The last clock tick, Unix seconds.
    public var now: Int64
    public var focus: Pane = .rules
    /// Which list the detail pane describes (the last list focused).
    public var detailSubject: ListPane = .rules
    public var rules = RulesPane()
    public var attempts = AttemptsPane()
    public var poll = PollStatus()
    public var myVerdicts: [MyIPVerdict] = []
    public var overlay: Overlay?
    public var flash: Flash?
    var nextFlashID = 1
    /// The change sent and not yet answered; others are refused until it finishes.
    public var inFlight: Mutation?
    /// The rules of the last successful removal, for `u`.
    public var lastRemoval: [RuleRef]?
    /// A finished change whose effect is checked against the next list read.
    public var pendingCheck: Mutation?

    public init(config: AppConfig, now: Int64, width: Int = 80, height: Int = 24) {
        self.config = config
        keymap = Keymap.standard(readOnly: config.readOnly)
        accountLabel = Sanitizer.sanitize(config.account)
        onBehalfOfLabel = config.onBehalfOf.map(Sanitizer.sanitize)
        regionLabel = Sanitizer.sanitize(config.region)
        self.now = now
        self.width = width
        self.height = height
        myVerdicts = computeVerdicts()
    }

    public var isReadOnly: Bool { config.readOnly }
    public var myAddresses: [IPAddress] { config.myAddresses.map(\.address) }
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

    func computeVerdicts() -> [MyIPVerdict] {
        let index = rules.index
        return config.myAddresses.map { mine in
            let ids = index.rules(covering: mine.address).map(\.id)
            return MyIPVerdict(address: mine.address.description, coveringRuleIDs: ids,
                               allowed: index.isEmpty || !ids.isEmpty)
        }
    }
}
