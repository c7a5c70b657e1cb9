/// What the reducer and the views need from either list pane: the visible rows as positions, the cursor, the
/// filter. `RulesPane` and `AttemptsPane` conform; `AppState.withList(_:_:)` hands the active one out, so
/// navigation, filtering and clamping are written once for both.
public protocol ListModel {
    /// Indices into the pane's rows of the rows the filter lets through, in display order.
    var visible: [Int] { get }
    var list: ListCursor { get set }
    var filter: String { get }
    mutating func setFilter(_ text: String, page: Int)
}

extension RulesPane: ListModel {}
extension AttemptsPane: ListModel {}

extension AppState {
    /// Runs `body` on the list pane `pane`, writing back what it changes.
    mutating func withList<R>(_ pane: ListPane, _ body: (inout any ListModel) -> R) -> R {
        switch pane {
        case .rules:
            var model: any ListModel = rules
            let result = body(&model)
            if let changed = model as? RulesPane { rules = changed }
            return result
        case .attempts:
            var model: any ListModel = attempts
            let result = body(&model)
            if let changed = model as? AttemptsPane { attempts = changed }
            return result
        }
    }

    /// The list pane `pane`, read only.
    func listModel(_ pane: ListPane) -> any ListModel {
        pane == .rules ? rules : attempts
    }
}

extension ListModel {
    /// The positions in `visible` a window of `page` rows shows, from the scroll position as the views clamp it.
    public func shownRange(page: Int) -> Range<Int> {
        var list = list
        list.clampScroll(count: visible.count, page: page)
        return list.scroll..<min(visible.count, list.scroll + max(1, page))
    }
}
