/// A rectangle of the screen, in cells.
public struct Rect: Hashable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
}

/// Where each part of the screen goes for a terminal size. Shared by the reducer (page sizes) and the views.
/// The footer is the flash line (two rows while a long flash is shown) above the key hints.
public struct Layout: Hashable, Sendable {
    public static let minWidth = 80
    public static let minHeight = 24
    public static let wideWidth = 120
    public static let wideHeight = 30

    public let width: Int
    public let height: Int
    public let isTooSmall: Bool
    /// Three panes side by side (≥ 120×30) rather than stacked.
    public let isWide: Bool
    public let header: Rect
    public let footer: Rect
    /// nil when the pane is not on screen (stacked layout with the detail open).
    public let rules: Rect?
    public let attempts: Rect?
    public let detail: Rect?

    /// - Parameter flashLines: rows of the flash line, 1 or 2 (a long flash wraps; the panes give up a row).
    public init(width: Int, height: Int, focus: Pane, detailSubject: ListPane, flashLines: Int = 1) {
        self.width = width
        self.height = height
        isTooSmall = width < Layout.minWidth || height < Layout.minHeight
        isWide = width >= Layout.wideWidth && height >= Layout.wideHeight
        let footerHeight = 1 + min(max(flashLines, 1), Flash.maxLines)
        header = Rect(x: 0, y: 0, width: width, height: 2)
        footer = Rect(x: 0, y: max(0, height - footerHeight), width: width, height: footerHeight)
        let bodyHeight = max(0, height - 2 - footerHeight)
        if isTooSmall {
            rules = nil; attempts = nil; detail = nil
        } else if isWide {
            let detailHeight = max(8, bodyHeight / 3)
            let listHeight = bodyHeight - detailHeight
            let left = width * 2 / 5
            rules = Rect(x: 0, y: 2, width: left, height: listHeight)
            attempts = Rect(x: left + 1, y: 2, width: width - left - 1, height: listHeight)
            detail = Rect(x: 0, y: 2 + listHeight, width: width, height: detailHeight)
        } else {
            let top = Rect(x: 0, y: 2, width: width, height: bodyHeight / 2)
            let bottom = Rect(x: 0, y: 2 + bodyHeight / 2, width: width, height: bodyHeight - bodyHeight / 2)
            if focus == .detail {
                rules = detailSubject == .rules ? top : nil
                attempts = detailSubject == .attempts ? top : nil
                detail = bottom
            } else {
                rules = top; attempts = bottom; detail = nil
            }
        }
    }

    /// Rows of data a list pane shows (its rect minus the title and column-header lines).
    public func pageSize(of pane: ListPane) -> Int {
        let rect = pane == .rules ? rules : attempts
        return max(1, (rect?.height ?? Layout.minHeight / 2) - 2)
    }
}
