import AccessCore
import Foundation

extension ConfirmDialog {
    /// What an undo does, from the journal: the entry (when, who, what kind), then each range re-added with its
    /// note, or each rule removed, then what needs no undoing.
    static func undoLines(_ change: UndoChange, in state: AppState) -> [String] {
        var lines: [String] = []
        let record = state.ledger.records.first { $0.id == change.entry }
        let about = record.map { JournalText.summary($0, now: state.now) } ?? "entry \(change.entry)"
        if !change.readd.isEmpty {
            let ranges = change.readd.map { JournalText.rule($0, now: state.now) }.joined(separator: ", ")
            lines.append(
                "Re-add \(ranges)? Undoes \(about). Callers from \(change.readd.count == 1 ? "this range" : "these ranges") will be able to reach the account again."
            )
        }
        if !change.remove.isEmpty {
            let rules = change.remove.map { "\($0.ip) (#\($0.id))" }.joined(separator: ", ")
            lines.append(
                "Remove \(rules)? Undoes \(about). Callers from \(change.remove.count == 1 ? "this range" : "these ranges") will be refused by SendGrid's API, UI and SMTP relay."
            )
        }
        if let record,
            let skipped = try? UndoPlanner.plan(record, records: state.ledger.records, live: state.liveRules)
                .get().skipped, !skipped.isEmpty
        {
            lines.append("Not needed: " + skipped.map { Sanitizer.clean($0, maxColumns: 120) }.joined(separator: " "))
        }
        return lines
    }

    /// The expired rules an `E` removal names, with how long ago each expired.
    static func expiredSentence(_ refs: [RuleRef], in state: AppState) -> String {
        let named = refs.prefix(6).map { ref -> String in
            let expires = state.rules.row(id: ref.id).flatMap { state.ledger.annotation(of: $0.rule)?.expires }
            return "#\(ref.id) \(ref.ip)" + (expires.map { " (\(ExpiryText.marker($0.unix, now: state.now)))" } ?? "")
        }
        return "Their expiry has passed: \(named.joined(separator: ", "))\(refs.count > 6 ? ", …" : ""). "
            + "sgaccess never removes a rule on its own; this removes exactly these."
    }
}

extension AppState {
    /// The list as SendGrid returned it (for the planners).
    var liveRules: [AllowRule] { rules.rows.map(\.rule) }
}
