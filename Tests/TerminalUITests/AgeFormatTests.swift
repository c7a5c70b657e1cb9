import AccessCore
import Testing

@testable import TerminalUI

/// Ages in the list panes' columns: m, h, d, then y, and the next coarser unit whenever a column cannot hold one.
@Suite struct AgeFormatTests {
    static let day: Int64 = 86_400

    @Test func eachUnitStartsAtItsBoundary() {
        #expect(TimeFormat.age(59) == "now")
        #expect(TimeFormat.age(60) == "1m")
        #expect(TimeFormat.age(3599) == "59m")
        #expect(TimeFormat.age(3600) == "1h")
        #expect(TimeFormat.age(86_399) == "23h")
        #expect(TimeFormat.age(Self.day) == "1d")
        #expect(TimeFormat.age(410 * Self.day) == "410d")
        #expect(TimeFormat.age(999 * Self.day + 86_399) == "999d")
        #expect(TimeFormat.age(1000 * Self.day) == "2y", "1000 days is past what four columns hold in days")
    }

    @Test func yearsCoverDecadesAndCenturies() {
        #expect(TimeFormat.age(4100 * Self.day) == "11y", "the reported 410… (4100 days)")
        #expect(TimeFormat.age(3650 * Self.day) == "10y")
        #expect(TimeFormat.age(54 * 365 * Self.day) == "54y", "a rule created at the Unix epoch")
        #expect(TimeFormat.age(999 * 365 * Self.day) == "999y")
        #expect(TimeFormat.age(1000 * 365 * Self.day) == "99y+", "past what four columns hold at all")
        #expect(TimeFormat.age(.max) == "99y+")
    }

    @Test func aNarrowerColumnTakesTheNextCoarserUnit() {
        #expect(TimeFormat.age(410 * Self.day, width: 3) == "58w")
        #expect(TimeFormat.age(99 * Self.day, width: 3) == "99d")
        #expect(TimeFormat.age(100 * Self.day, width: 3) == "14w")
        #expect(TimeFormat.age(1000 * Self.day, width: 3) == "2y")
        #expect(TimeFormat.age(100 * 365 * Self.day, width: 3) == "9y+")
    }

    @Test func everyAgeFitsItsColumn() {
        var rng = SplitMix64(seed: 7)
        for width in 3...6 {
            for _ in 0..<2000 {
                let seconds = Int64.random(in: 0...(Int64(1) << Int64.random(in: 1...40, using: &rng)), using: &rng)
                let text = TimeFormat.age(seconds, width: width)
                #expect(DisplayWidth.of(text) <= width, "\(seconds) s at \(width): \(text)")
            }
        }
    }

    @Test func agoAndSinceHaveNoColumnLimit() {
        #expect(TimeFormat.ago(10) == "just now")
        #expect(TimeFormat.ago(4100 * Self.day) == "11y ago")
        #expect(TimeFormat.ago(500 * Self.day) == "500d ago")
        #expect(TimeFormat.since(0) == "0s ago")
        #expect(TimeFormat.since(7) == "7s ago")
        #expect(TimeFormat.since(59) == "59s ago")
        #expect(TimeFormat.since(60) == "1m ago")
        #expect(TimeFormat.since(3 * 3600) == "3h ago")
    }
}
