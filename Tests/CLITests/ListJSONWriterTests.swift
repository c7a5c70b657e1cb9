import AccessCore
import Foundation
import Testing

@testable import SGAccessCLI

/// The hand-written `list --json` encoder against the JSONEncoder path it replaces: same bytes, same value.
@Suite struct ListJSONWriterTests {
    @Test(arguments: 0..<40)
    func randomHostileListsGiveTheEncodersBytesAndValue(seed: Int) throws {
        var rng = SplitMix(seed: UInt64(seed))
        let shape = HostileLists.shape(using: &rng)
        let reference = JSONOutput.encode(shape)
        let fast = chunks(of: shape, chunkBytes: 1 << 16).joined(separator: "\n")
        #expect(fast == reference)
        let parsedFast = try JSONSerialization.jsonObject(with: Data(fast.utf8)) as? NSDictionary
        let parsedReference = try JSONSerialization.jsonObject(with: Data(reference.utf8)) as? NSDictionary
        #expect(parsedFast != nil && parsedFast == parsedReference)
        #expect(!fast.unicodeScalars.contains { JSONOutput.needsEscape($0) && $0 != "\n" }, "nothing unsafe raw")
    }

    @Test func emptyAndNullFieldsMatchTheEncoder() {
        let empty = ListShape(count: 0, enforced: false, limit: 1000, rules: [])
        #expect(chunks(of: empty) == [JSONOutput.encode(empty)])
        let invalid = AllowRule(id: 7, ip: "not-an-ip", createdAt: -5, updatedAt: Int64.max)
        let shape = ListShape(
            count: 1, enforced: true, limit: 1000, rules: [.init(rule: RuleShape(invalid), coversMine: [])])
        #expect(chunks(of: shape).joined(separator: "\n") == JSONOutput.encode(shape))
        #expect(JSONOutput.encode(shape).contains(#""range" : null"#))
    }

    @Test(arguments: [1, 100, 4_096])
    func chunksAreWholeLinesThatJoinToTheWhole(chunkBytes: Int) {
        var rng = SplitMix(seed: 99)
        let shape = HostileLists.shape(using: &rng, rows: 60)
        let parts = chunks(of: shape, chunkBytes: chunkBytes)
        #expect(parts.count > 1)
        #expect(parts.allSatisfy { !$0.hasSuffix("\n") && !$0.isEmpty })
        #expect(parts.joined(separator: "\n") == JSONOutput.encode(shape))
        if chunkBytes == 1 { #expect(parts.count == shape.rules.count + 1, "one chunk per row, then the end") }
    }

    @Test(arguments: 0..<20)
    func bulkEscapingMatchesEscapingOneScalarAtATime(seed: Int) {
        var rng = SplitMix(seed: UInt64(1_000 + seed))
        let text = HostileLists.text(using: &rng, maxLength: 400)
        let json = String(decoding: try! JSONEncoder().encode([text]), as: UTF8.self)
        #expect(JSONOutput.escapeUnsafe(json) == Self.escapeOneScalarAtATime(json))
    }

    @Test func integersAreWrittenLikeSwiftPrintsThem() {
        for value: Int64 in [0, 7, -1, 10, 1_700_000_000, .max, .min] {
            var writer = JSONByteWriter()
            writer.int(value)
            #expect(writer.takeAll() == String(value))
        }
    }

    @Test func aLargeListThroughTheCommandParsesWithEveryRule() async throws {
        let service = FakeService(ranges: (0..<3_000).map { "10.\($0 / 256).\($0 % 256).0/24" })
        let result = await run(["list", "--json", "--my-ip", "10.0.1.9"], service: service)
        #expect(result.status == 0)
        let json = try result.json()
        let rules = try #require(json["rules"] as? [[String: Any]])
        #expect(json["count"] as? Int == 3_000 && rules.count == 3_000)
        #expect(rules[1]["covers_mine"] as? [String] == ["10.0.1.9"])
        #expect(rules[2]["covers_mine"] as? [String] == [])
    }

    private func chunks(of shape: ListShape, chunkBytes: Int = 1 << 16) -> [String] {
        var parts: [String] = []
        shape.writeJSON(chunkBytes: chunkBytes) { parts.append($0) }
        return parts
    }

    /// The escaping `list --json` used before it escaped in bulk: the reference for the safety guarantees.
    static func escapeOneScalarAtATime(_ json: String) -> String {
        var out = ""
        for scalar in json.unicodeScalars {
            if scalar.value >= 0x7F && JSONOutput.needsEscape(scalar) {
                for unit in String(scalar).utf16 {
                    let digits = String(unit, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
                }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// Random allow lists whose texts mix ASCII, JSON's special characters, every kind of scalar a terminal acts on,
/// and ordinary non-ASCII text (accents, CJK, emoji, U+FFFD).
enum HostileLists {
    static let pool: [Unicode.Scalar] =
        Array("az09 .:/*-\"\\{}[],".unicodeScalars) + (0x00...0x1F).map { Unicode.Scalar(UInt8($0)) }
        + [
            "\u{7F}", "\u{80}", "\u{85}", "\u{9B}", "\u{9F}", "\u{A0}", "é", "\u{301}", "\u{378}", "\u{61C}",
            "\u{180E}", "\u{200B}", "\u{200D}", "\u{200E}", "\u{2028}", "\u{2029}", "\u{202E}", "\u{2066}",
            "\u{2069}", "\u{2060}", "\u{206F}", "東", "京", "\u{E000}", "\u{FE0F}", "\u{FEFF}", "\u{FFF9}",
            "\u{FFFD}", "\u{FFFE}", "😀", "\u{1F1EF}", "\u{E0041}", "\u{E0100}", "\u{F0000}", "\u{10FFFF}",
        ]

    static func text(using rng: inout SplitMix, maxLength: Int = 24) -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...maxLength, using: &rng) {
            if Int.random(in: 0..<8, using: &rng) == 0 {
                let value = UInt32.random(in: 0...0x10FFFF, using: &rng)
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            } else {
                scalars.append(pool.randomElement(using: &rng)!)
            }
        }
        return String(scalars)
    }

    static func shape(using rng: inout SplitMix, rows: Int? = nil) -> ListShape {
        let count = rows ?? Int.random(in: 0...30, using: &rng)
        let rules = (0..<count).map { index in
            let ip = Bool.random(using: &rng) ? "192.0.2.\(index % 256)" : text(using: &rng)
            let rule = AllowRule(
                id: Int.random(in: -5...Int(Int32.max), using: &rng), ip: ip,
                createdAt: Int64.random(in: .min ... .max, using: &rng), updatedAt: Int64(index))
            let mine = (0..<Int.random(in: 0...2, using: &rng)).map { _ in text(using: &rng) }
            return ListShape.Row(rule: RuleShape(rule), coversMine: mine)
        }
        return ListShape(count: count, enforced: Bool.random(using: &rng), limit: 1000, rules: rules)
    }
}

/// SplitMix64: the same seed gives the same lists on every run.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
