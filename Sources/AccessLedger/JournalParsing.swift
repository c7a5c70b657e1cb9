import AccessCore
import Foundation

/// Reads `journal.jsonl`: one JSON line each, invalid lines counted and skipped (a torn last line after a crash
/// is not an error), only the given account's entries kept.
enum JournalParsing {
    static func reading(_ data: Data, account: LedgerAccount) -> JournalReading {
        let decoder = LedgerCoding.decoder()
        var lines: [JournalLine] = []
        var unreadable = 0
        var ownIDs = Set<String>()
        for slice in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            guard let line = try? decoder.decode(JournalLine.self, from: Data(slice)) else {
                unreadable += 1
                continue
            }
            switch line {
            case .intent(let intent):
                guard intent.account == account else { continue }
                ownIDs.insert(intent.id)
                lines.append(line)
            case .outcome(let outcome):
                if ownIDs.contains(outcome.entry) { lines.append(line) }
            }
        }
        return JournalReading(records: JournalRecord.pair(lines), unreadableLines: unreadable)
    }
}
