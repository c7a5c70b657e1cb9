extension Canvas {
    /// The table body both list panes share: the rows of `model` that fit under the title and column header of
    /// `rect`, from its scroll position. `row` draws one: the canvas, the row's index in the pane's rows, its
    /// screen row, and whether it is the selected one.
    mutating func listRows(_ model: some ListModel, rect: Rect, _ row: (inout Canvas, Int, Int, Bool) -> Void) {
        let cursor = model.list.cursor
        for (line, position) in model.shownRange(page: Canvas.page(of: rect)).enumerated() {
            row(&self, model.visible[position], rect.y + 2 + line, position == cursor)
        }
    }

    /// Data rows of a list pane drawn in `rect`: its height minus the title and the column header.
    static func page(of rect: Rect) -> Int { max(1, rect.height - 2) }

    /// The scroll position for a list pane's title, counting the rows the filter lets through:
    /// "9–16 of 40" when they do not all fit; with a filter (or "blocked only") "9–16 of 12 matching", or
    /// "12 matching" when they fit; nil when every row fits and none is filtered out (the title's count says it).
    static func scrollPosition(_ model: some ListModel, total: Int, rect: Rect) -> String? {
        let count = model.visible.count
        let filtered = !model.filter.isEmpty || count != total
        let shown = model.shownRange(page: page(of: rect))
        let fits = shown.count >= count
        switch (fits, filtered) {
        case (true, false): return nil
        case (true, true): return "\(count) matching"
        case (false, false): return "\(shown.lowerBound + 1)–\(shown.upperBound) of \(count)"
        case (false, true): return "\(shown.lowerBound + 1)–\(shown.upperBound) of \(count) matching"
        }
    }
}
