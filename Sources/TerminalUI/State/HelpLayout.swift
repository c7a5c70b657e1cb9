/// How the help overlay lays the keymap out at one terminal size: columns at least `minColumnWidth` wide (so that
/// help texts are readable at 80×24), and pages when the entries do not fit. The reducer clamps the page with it;
/// the view draws with it.
struct HelpLayout {
    struct Entry: Hashable {
        let label: String
        let help: String
        let isHeading: Bool
    }

    static let minColumnWidth = 38
    static let maxBoxWidth = 120
    /// Wide enough for the longest help text; the box is no wider than its columns need.
    static let comfortableColumnWidth = 46

    let entries: [Entry]
    let boxWidth: Int
    let columns: Int
    /// Entry rows per column.
    let rows: Int

    init(_ state: AppState, width: Int, height: Int) {
        var entries: [Entry] = []
        for scope in [Scope.global, .rules, .attempts, .confirm, .input] {
            let bindings = state.keymap.bindings(in: scope)
            guard !bindings.isEmpty else { continue }
            entries.append(Entry(label: scope.title, help: "", isHeading: true))
            entries += bindings.map { Entry(label: $0.label, help: $0.help, isHeading: false) }
        }
        self.entries = entries
        let available = max(10, min(width - 2, Self.maxBoxWidth))
        // Frame (2 rows), the page line and the closing hint.
        rows = max(1, height - 6)
        let fitting = max(1, min(3, (available - 2) / Self.minColumnWidth))
        columns = min(fitting, max(1, (entries.count + rows - 1) / rows))
        boxWidth = min(available, columns * Self.comfortableColumnWidth + 2)
    }

    var perPage: Int { rows * columns }
    var pageCount: Int { max(1, (entries.count + perPage - 1) / perPage) }

    func clamped(_ page: Int) -> Int { min(max(0, page), pageCount - 1) }

    /// The entries of `page`, in column-major order.
    func entries(onPage page: Int) -> ArraySlice<Entry> {
        let start = clamped(page) * perPage
        return entries[start..<min(entries.count, start + perPage)]
    }
}
