import TerminalKit
import Testing

@testable import CursesBackend

@Suite("Style mapping")
struct StylePaletteTests {
    @Test("without colour, roles become attributes only")
    func monochrome() {
        let palette = StylePalette(mode: .none)
        #expect(palette.pairDefinitions.isEmpty)
        let expected: [Style.Role: CellAttributes] = [
            .normal: [], .good: [], .muted: .dim, .bad: .bold, .warning: .bold, .accent: .bold, .title: .bold,
            .mine: [.reverse, .bold], .selection: .reverse, .danger: [.reverse, .bold],
            .account: [.reverse, .bold],
        ]
        for role in Style.Role.allCases {
            let resolved = palette.resolve(Style(role: role))
            #expect(resolved.pair == 0, "role \(role) must not use a colour pair")
            #expect(resolved.attributes == expected[role], "role \(role)")
        }
    }

    @Test("style flags add to the role's attributes")
    func flags() {
        let palette = StylePalette(mode: .none)
        #expect(palette.resolve(Style(bold: true)).attributes == .bold)
        #expect(palette.resolve(Style(role: .muted, underline: true)).attributes == [.dim, .underline])
        #expect(palette.resolve(Style(role: .bad, reverse: true, dim: true)).attributes == [.bold, .reverse, .dim])
        #expect(palette.resolve(Style(role: .selection, reverse: true)).attributes == .reverse)
    }

    @Test(
        "coloured modes give each coloured role its own pair, colours within the mode's range",
        arguments: [(ColorMode.eight, Int16(8)), (.sixteen, 16), (.twoFiftySix, 256)])
    func colouredModes(mode: ColorMode, colourCount: Int16) {
        let palette = StylePalette(mode: mode)
        let pairs = palette.pairDefinitions
        #expect(Set(pairs.map(\.pair)).count == pairs.count)
        #expect(pairs.allSatisfy { $0.pair >= 1 })
        for pair in pairs {
            #expect((-1..<colourCount).contains(pair.foreground))
            #expect((-1..<colourCount).contains(pair.background))
        }
        #expect(palette.resolve(Style()).pair == 0, "normal keeps the terminal's own colours")
        for role in Style.Role.allCases where role != .normal {
            if role == .muted, mode == .eight { continue }
            #expect(palette.resolve(Style(role: role)).pair != 0, "role \(role) in \(mode)")
        }
    }

    @Test(
        "meaning survives without colour: bad, mine and danger keep attributes in every mode",
        arguments: [ColorMode.none, .eight, .sixteen, .twoFiftySix])
    func attributesInEveryMode(mode: ColorMode) {
        let palette = StylePalette(mode: mode)
        #expect(palette.resolve(Style(role: .bad)).attributes.contains(.bold))
        #expect(palette.resolve(Style(role: .mine)).attributes.contains(.bold))
        #expect(palette.resolve(Style(role: .danger)).attributes.contains(.bold))
    }

    @Test("without colour, a tinted account keeps bold and reverse and uses no pair")
    func tintWithoutColour() {
        let palette = StylePalette(mode: .none)
        for tint in AccentColor.allCases {
            let resolved = palette.resolve(Style(role: .account, tint: tint))
            #expect(resolved.pair == 0)
            #expect(resolved.attributes == [.reverse, .bold])
        }
    }

    @Test(
        "a tinted account gets a pair of its own with the tint as foreground",
        arguments: [ColorMode.eight, .sixteen, .twoFiftySix])
    func tintedAccount(mode: ColorMode) throws {
        let palette = StylePalette(mode: mode)
        let pairs = Dictionary(uniqueKeysWithValues: palette.pairDefinitions.map { ($0.pair, $0) })
        var used: Set<Int16> = []
        for tint in AccentColor.allCases {
            let resolved = palette.resolve(Style(role: .account, bold: true, tint: tint))
            let pair = try #require(pairs[resolved.pair], "\(tint) in \(mode) must use a registered pair")
            #expect(pair.foreground == tint.colorNumber && pair.background == -1)
            #expect(resolved.attributes.contains(.bold))
            used.insert(resolved.pair)
        }
        #expect(used.count == AccentColor.allCases.count, "each tint its own pair")
        let untinted = palette.resolve(Style(role: .account)).pair
        #expect(untinted != 0 && !used.contains(untinted), "no tint: the default accent's pair")
        #expect(palette.resolve(Style(role: .bad, tint: .green)) == palette.resolve(Style(role: .bad)))
    }

    @Test(
        "colour mode detection",
        arguments: [
            (true, 256, false, String?.none, ColorMode.twoFiftySix),
            (true, 16, false, nil, .sixteen),
            (true, 88, false, nil, .sixteen),
            (true, 8, false, nil, .eight),
            (true, 2, false, nil, .none),
            (false, 256, false, nil, .none),
            (true, 256, true, nil, .none),
            (true, 256, false, "1", .none),
            (true, 256, false, "", .twoFiftySix),
        ])
    func detect(hasColors: Bool, count: Int, noColor: Bool, env: String?, expected: ColorMode) {
        #expect(
            ColorMode.detect(hasColors: hasColors, colorCount: count, noColor: noColor, noColorEnvironment: env)
                == expected)
    }
}
