import TerminalKit
import Testing

/// Properties of the one sanitiser over seeded random text (a failure names its seed and replays exactly).
@Suite struct SanitizerPropertyTests {
    static let seeds: [UInt64] = [1, 2, 3, 0x5EED, 0xDEAD_BEEF]
    static let rounds = 400

    @Test(arguments: seeds)
    func noOutputScalarIsHostile(seed: UInt64) {
        var generator = TextGenerator(seed: seed)
        for _ in 0..<Self.rounds {
            let text = generator.text()
            #expect(Sanitizer.isSafe(Sanitizer.sanitize(text)), "sanitize: \(debug(text))")
            #expect(Sanitizer.isSafe(Sanitizer.clean(text)), "clean: \(debug(text))")
            #expect(Sanitizer.isSafe(Sanitizer.clean(text, maxColumns: 12)), "clean(12): \(debug(text))")
            let lines = Sanitizer.cleanLines(text)
            #expect(
                !lines.unicodeScalars.contains { Sanitizer.isHostile($0) && $0 != "\n" && $0 != "\t" },
                "cleanLines: \(debug(text))")
            for line in lines.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(line.unicodeScalars.allSatisfy { !Sanitizer.isHostile($0) || $0 == "\t" })
            }
        }
    }

    @Test(arguments: seeds)
    func safeTextIsUnchanged(seed: UInt64) {
        var generator = TextGenerator(seed: seed)
        for _ in 0..<Self.rounds {
            let text = generator.safeText()
            #expect(Sanitizer.sanitize(text) == text)
            #expect(Sanitizer.clean(text) == text)
            #expect(Sanitizer.cleanLines(text) == text)
        }
    }

    @Test(arguments: seeds)
    func oneScalarInOneScalarOutAndWidthIsKept(seed: UInt64) {
        var generator = TextGenerator(seed: seed)
        for _ in 0..<Self.rounds {
            let text = generator.text()
            let clean = Sanitizer.clean(text)
            #expect(clean.unicodeScalars.count == text.unicodeScalars.count, "\(debug(text))")
            let perScalar = clean.unicodeScalars.reduce(0) { $0 + DisplayWidth.of($1) }
            #expect(DisplayWidth.of(clean) == perScalar)
            #expect(
                DisplayWidth.of(clean) == DisplayWidth.of(text), "sanitising never changes the width: \(debug(text))")
            for (before, after) in zip(text.unicodeScalars, clean.unicodeScalars) {
                #expect(after == (Sanitizer.isHostile(before) ? Sanitizer.placeholder : before))
            }
        }
    }

    @Test(arguments: seeds)
    func cuttingToColumnsStaysWithinThem(seed: UInt64) {
        var generator = TextGenerator(seed: seed)
        for _ in 0..<Self.rounds {
            let text = generator.text(maxScalars: 80)
            let columns = Int.random(in: 1...30, using: &generator.rng)
            let cut = Sanitizer.clean(text, maxColumns: columns)
            #expect(DisplayWidth.of(cut) <= columns, "\(debug(text)) at \(columns)")
        }
    }

    @Test(arguments: seeds)
    func idempotent(seed: UInt64) {
        var generator = TextGenerator(seed: seed)
        for _ in 0..<Self.rounds {
            let text = generator.text(maxScalars: 300)
            let once = Sanitizer.sanitize(text)
            #expect(Sanitizer.sanitize(once) == once)
            let clean = Sanitizer.clean(text)
            #expect(Sanitizer.clean(clean) == clean)
            let lines = Sanitizer.cleanLines(text)
            #expect(Sanitizer.cleanLines(lines) == lines)
            let cut = Sanitizer.clean(text, maxColumns: 20)
            #expect(Sanitizer.clean(cut, maxColumns: 20) == cut)
        }
    }

    private func debug(_ text: String) -> String {
        text.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
    }
}
