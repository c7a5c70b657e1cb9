import CursesBackend
import TerminalKit

#if canImport(Glibc)
import Glibc
#endif

/// `--bench-frames N`: times `present` for unchanged and fully changed full-screen grids, then ends the
/// session and prints the figures (after curses is gone, so nothing is written while it is active).
@MainActor
enum SmokeBench {
    static func run(session: TerminalSession, frames: Int) -> Never {
        let size = session.size
        let styles = Style.Role.allCases.map { Style(role: $0) }
        func grid(_ seed: Int) -> Grid {
            var grid = Grid(width: size.width, height: size.height)
            for y in 0..<size.height {
                for x in 0..<size.width {
                    let letter = Character(Unicode.Scalar(UInt8(0x61 + (x + y + seed) % 26)))
                    grid[x, y] = Cell(text: String(letter), style: styles[(x / 8 + seed) % styles.count])
                }
            }
            return grid
        }
        let grids = (0..<2).map(grid)
        let clock = ContinuousClock()
        session.present(grids[0])
        let unchanged = clock.measure { for _ in 0..<frames { session.present(grids[0]) } }
        let changed = clock.measure { for index in 0..<frames { session.present(grids[(index + 1) % 2]) } }
        session.end()
        func perFrame(_ duration: Duration) -> String {
            let micros = Double(duration.components.seconds) * 1e6 + Double(duration.components.attoseconds) / 1e12
            return String(Int((micros / Double(frames)).rounded()))
        }
        print(
            "present \(size.width)x\(size.height), \(frames) frames: unchanged \(perFrame(unchanged)) µs/frame, fully changed \(perFrame(changed)) µs/frame"
        )
        exit(0)
    }
}
