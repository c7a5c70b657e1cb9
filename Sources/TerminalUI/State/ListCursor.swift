/// Selection and scroll position of a list: `cursor` indexes the visible rows, `scroll` is the first one shown.
public struct ListCursor: Hashable, Sendable {
    public var cursor = 0
    public var scroll = 0

    public init(cursor: Int = 0, scroll: Int = 0) {
        self.cursor = cursor
        self.scroll = scroll
    }

    /// Moves by `delta` rows within `count` rows and keeps the cursor inside a window of `page` rows.
    public mutating func move(by delta: Int, count: Int, page: Int) {
        set(cursor + delta, count: count, page: page)
    }

    public mutating func set(_ index: Int, count: Int, page: Int) {
        cursor = count == 0 ? 0 : min(max(0, index), count - 1)
        clampScroll(count: count, page: page)
    }

    /// After the rows changed: the cursor goes to the selected row's new position when it is still shown
    /// (`position`), else stays where it was, clamped to `count`.
    public mutating func keep(at position: Int?, count: Int, page: Int) {
        set(position ?? cursor, count: count, page: page)
    }

    public mutating func clampScroll(count: Int, page: Int) {
        let page = max(1, page)
        if cursor >= count { cursor = max(0, count - 1) }
        if cursor < scroll { scroll = cursor }
        if cursor >= scroll + page { scroll = cursor - page + 1 }
        scroll = max(0, min(scroll, max(0, count - page)))
    }
}
