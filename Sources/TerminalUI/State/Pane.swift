/// The three panes, in Tab order.
public enum Pane: Int, Hashable, Sendable, CaseIterable {
    case rules = 1, attempts = 2, detail = 3
}

/// The two list panes.
public enum ListPane: Hashable, Sendable {
    case rules, attempts

    public var pane: Pane { self == .rules ? .rules : .attempts }
    public var scope: Scope { self == .rules ? .rules : .attempts }
}
