extension Canvas {
    /// The table body both list panes share: the rows of `model` that fit under the title and column header of
    /// `rect`, from its scroll position. `row` draws one: the canvas, the row's index in the pane's rows, its
    /// screen row, and whether it is the selected one.
    mutating func listRows(_ model: some ListModel, rect: Rect, _ row: (inout Canvas, Int, Int, Bool) -> Void) {
        let page = max(1, rect.height - 2)
        var list = model.list
        list.clampScroll(count: model.visible.count, page: page)
        for line in 0..<page {
            let position = list.scroll + line
            guard position < model.visible.count else { break }
            row(&self, model.visible[position], rect.y + 2 + line, position == list.cursor)
        }
    }
}
