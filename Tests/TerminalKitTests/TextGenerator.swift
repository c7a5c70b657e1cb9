import AccessCore
import TerminalKit

/// Random text for the property tests, replayable from a seed: printable ASCII, Latin with combining marks,
/// CJK, emoji with variation selectors, every hostile range of the table, and any scalar at all.
struct TextGenerator {
    var rng: SplitMix64

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    /// A string of 0...`maxScalars` scalars drawn from a mix of families.
    mutating func text(maxScalars: Int = 40) -> String {
        var scalars = String.UnicodeScalarView()
        let count = Int.random(in: 0...maxScalars, using: &rng)
        for _ in 0..<count { scalars.append(scalar()) }
        return String(scalars)
    }

    /// A string with no hostile scalar.
    mutating func safeText(maxScalars: Int = 40) -> String {
        var scalars = String.UnicodeScalarView()
        let count = Int.random(in: 0...maxScalars, using: &rng)
        while scalars.count < count {
            let next = scalar()
            if !Sanitizer.isHostile(next) { scalars.append(next) }
        }
        return String(scalars)
    }

    mutating func scalar() -> Unicode.Scalar {
        switch Int.random(in: 0..<8, using: &rng) {
        case 0, 1: return Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &rng))
        case 2: return from(0x00C0...0x024F)
        case 3: return from(0x0300...0x036F)
        case 4: return from(0x4E00...0x9FFF)
        case 5: return pick(["😀", "✓", "\u{FE0F}", "\u{FE0E}", "한", "ｱ", "\u{E0100}", "\u{00AD}", "\u{034F}"])
        case 6: return from(HostileScalars.ranges[Int.random(in: 0..<HostileScalars.ranges.count, using: &rng)])
        default: return from(0x0000...0x10FFFF)
        }
    }

    private mutating func from(_ range: ClosedRange<UInt32>) -> Unicode.Scalar {
        while true {
            if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &rng)) { return scalar }
        }
    }

    private mutating func pick(_ items: [Unicode.Scalar]) -> Unicode.Scalar {
        items[Int.random(in: 0..<items.count, using: &rng)]
    }
}
