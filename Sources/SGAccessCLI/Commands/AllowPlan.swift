import AccessCore
import Foundation
import TerminalKit

/// Which entries `allow` sends and which it skips (duplicates in the input, ranges already on the list).
struct AllowPlan {
    struct Skipped {
        let entry: AllowEntry
        let reason: String
        let ruleID: Int?

        var note: String {
            let input = Sanitizer.clean(entry.input, maxColumns: 60)
            if let ruleID { return "\(input): already on the list as #\(ruleID) \(entry.range); skipped." }
            return "\(input): named twice (\(entry.range)); sent once."
        }
    }

    private(set) var toAdd: [AllowEntry] = []
    private(set) var skipped: [Skipped] = []

    init(entries: [AllowEntry], rules: [AllowRule]) {
        var existing: [CIDR: Int] = [:]
        for rule in rules.sorted(by: { $0.id > $1.id }) { if let range = rule.range { existing[range] = rule.id } }
        var planned = Set<CIDR>()
        for entry in entries {
            if let id = existing[entry.range] {
                skipped.append(Skipped(entry: entry, reason: "already_present", ruleID: id))
            } else if !planned.insert(entry.range).inserted {
                skipped.append(Skipped(entry: entry, reason: "duplicate_input", ruleID: nil))
            } else {
                toAdd.append(entry)
            }
        }
    }

    func createdID(for entry: AllowEntry, in created: [AllowRule]) -> Int? {
        created.first { $0.range == entry.range }?.id
    }

    /// - Parameter annotation: the operator's `--note`/`--expires`, shown in the NOTE column (with the parser's
    ///   warning about an entry, if any, after it).
    func table(created: [AllowRule], annotation: Annotation? = nil, now: Date = Date()) -> TextTable {
        var table = TextTable(columns: [
            .init("ID", rightAligned: true), .init("RULE"), .init("INPUT", maxColumns: 45),
            .init("NOTE", maxColumns: 100),
        ])
        var given: [String] = []
        if let note = annotation?.note { given.append(note) }
        if let expires = annotation?.expires { given.append("expires " + ExpiryPhrase.of(expires, now: now)) }
        for entry in toAdd {
            let id = createdID(for: entry, in: created).map { "\($0)" } ?? "-"
            let note = (given + [entry.warning?.message].compactMap { $0 }).joined(separator: " · ")
            table.append([id, entry.range.description, entry.input, note])
        }
        return table
    }

    func shape(added created: [AllowRule], dryRun: Bool, lockout: LockoutShape) -> AllowShape {
        AllowShape(
            dryRun: dryRun,
            added: created.isEmpty && !dryRun
                ? []
                : toAdd.map {
                    AllowShape.Added(
                        id: createdID(for: $0, in: created), range: $0.range.description, input: $0.input,
                        warning: $0.warning?.message)
                },
            skipped: skipped.map {
                AllowShape.Skipped(
                    input: $0.entry.input, range: $0.entry.range.description, reason: $0.reason, ruleID: $0.ruleID)
            },
            lockout: lockout)
    }
}
