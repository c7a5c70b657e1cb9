import AccessCore

typealias SeededGenerator = SplitMix64

extension SplitMix64 {
    /// True with probability `rate` (0 never draws, so a run without faults keeps the same sequence).
    mutating func chance(_ rate: Double) -> Bool {
        guard rate > 0 else { return false }
        return Double.random(in: 0..<1, using: &self) < rate
    }
}
