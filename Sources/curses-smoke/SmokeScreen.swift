import CNcursesw
import CursesBackend
import TerminalKit

/// The demo's state and its pure drawing into a `Grid`.
struct SmokeScreen {
    var size: TerminalSize
    var colorMode: ColorMode
    var lastKey = "none"
    var keyCount = 0
    var counter = 0
    var ticking = false
    var copied: String?

    static let cjkLine = "CJK: 日本語テキスト|end"

    func render() -> Grid {
        var grid = Grid(width: size.width, height: size.height)
        grid.put("curses-smoke: sgaccess backend demo", x: 0, y: 0, style: Style(role: .title))
        grid.put("size: \(size.width)x\(size.height)  colours: \(colorMode)", x: 0, y: 1, style: Style(role: .accent))
        grid.put("last key: \(lastKey)  keys: \(keyCount)", x: 0, y: 2)
        grid.put("counter: \(counter) \(ticking ? "(ticking)" : "(stopped)")", x: 0, y: 3, style: Style(role: .muted))
        grid.put(Self.cjkLine, x: 0, y: 4)
        var x = 0
        for role in Style.Role.allCases {
            x = grid.put("\(role)", x: x, y: 5, style: Style(role: role)) + 1
        }
        if let copied { grid.put("copied: \(copied)", x: 0, y: 6, style: Style(role: .good)) }
        grid.put(
            "q quit · r redraw · t timer · y copy · ^L redraw", x: 0, y: size.height - 1, style: Style(role: .muted))
        grid.put("R", x: size.width - 1, y: 0, style: Style(role: .mine))
        grid.put("+", x: size.width - 1, y: size.height - 1, style: Style(role: .mine))
        return grid
    }
}

extension Grid {
    /// Writes `text` from column x, wide characters taking two cells; returns the column after it.
    @discardableResult
    mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain) -> Int {
        guard y >= 0, y < height else { return x }
        var column = x
        for character in text {
            let first = character.unicodeScalars.first.map { $0.value } ?? 0x20
            let width = CellText.columns(of: first)
            guard column + width <= self.width else { break }
            self[column, y] = Cell(text: String(character), style: style)
            if width == 2 { self[column + 1, y] = Cell(text: "", style: style) }
            column += width
        }
        return column
    }
}
