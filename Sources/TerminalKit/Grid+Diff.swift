extension Grid {
    /// A cell position: column `x` of row `y`.
    public struct Position: Hashable, Sendable {
        public let x: Int
        public let y: Int

        public init(x: Int, y: Int) {
            self.x = x
            self.y = y
        }
    }

    /// The positions whose cell differs from `previous`, row by row, left to right — what a backend must write to
    /// turn `previous` into this grid. Nil when the sizes differ: then every cell must be written.
    /// An unchanged grid gives `[]` (and costs one comparison of the cell arrays when they share storage).
    public func diff(from previous: Grid) -> [Position]? {
        guard previous.width == width, previous.height == height else { return nil }
        if previous.cells == cells { return [] }
        var changed: [Position] = []
        for y in 0..<height {
            let row = y * width
            for x in 0..<width where cells[row + x] != previous.cells[row + x] {
                changed.append(Position(x: x, y: y))
            }
        }
        return changed
    }
}
