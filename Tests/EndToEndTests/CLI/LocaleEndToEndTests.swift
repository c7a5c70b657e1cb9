import Foundation
import TestSupport
import Testing

/// The real binary's human output in a locale that is not UTF-8: ASCII only, the same columns; JSON stays UTF-8.
@Suite("sgaccess output in a C locale", .serialized)
struct LocaleEndToEndTests {
    @Test(arguments: [["LC_ALL": "C"], ["LANG": ""]])
    func humanOutputIsASCIIWithTheSameColumns(locale: [String: String]) async throws {
        try await withSimulator { sim in
            let utf8 = try await sim.run(["activity", "--limit", "100"])
            let ascii = try await sim.run(["activity", "--limit", "100"], locale)
            #expect(ascii.status == 0, "\(ascii.err)")
            #expect(Array((ascii.out + ascii.err).utf8).allSatisfy { $0 < 0x80 }, "\(ascii.out)")
            #expect(ascii.out.contains("Sao Paulo, Brazil") && ascii.out.contains("????, Japan"), "\(ascii.out)")
            #expect(lines(ascii.out).map(\.count) == lines(utf8.out).map { DisplayWidthProbe.columns($0) })

            let json = try await sim.run(["activity", "--json", "--limit", "100"], locale)
            #expect(json.out.contains("São Paulo, Brazil") && json.out.contains("東京, Japan"))
        }
    }
}

/// Columns of a line of the UTF-8 table: CJK ideographs take two, everything else the demo prints one.
enum DisplayWidthProbe {
    static func columns(_ line: String) -> Int {
        line.unicodeScalars.reduce(0) { total, scalar in
            if scalar.properties.generalCategory == .nonspacingMark { return total }
            return total + ((0x4E00...0x9FFF).contains(scalar.value) ? 2 : 1)
        }
    }
}
