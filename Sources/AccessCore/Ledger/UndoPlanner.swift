/// Finds journal entries to undo and plans their undo against the live list. Pure.
///
/// What an entry changed is what its outcome says landed: `added` (the ids SendGrid gave) and the removed rules
/// whose ids are in `removedIDs` (all of them when it succeeded). Undo removes the first (by id; by range when
/// SendGrid gave no id) and re-adds the second with their notes. An entry is undone once: a later entry that
/// undid it and landed blocks a second undo. Undo entries can themselves be undone (a redo) when named.
public enum UndoPlanner {
    /// The newest entry that changed something, is not an undo, and was not undone yet; nil when none is left.
    public static func latest(in records: [JournalRecord]) -> JournalRecord? {
        records.last { record in
            record.intent.kind != .undo && record.outcome.map { $0.status != .failed } ?? false
                && undoneBy(record.id, in: records) == nil
        }
    }

    /// The entry whose id is `prefix` or starts with it.
    public static func find(_ prefix: String, in records: [JournalRecord]) -> Result<JournalRecord, UndoRefusal> {
        let wanted = prefix.lowercased()
        if let exact = records.first(where: { $0.id == wanted }) { return .success(exact) }
        let matches = records.filter { $0.id.hasPrefix(wanted) }
        switch matches.count {
        case 0: return .failure(.unknownEntry(prefix))
        case 1: return .success(matches[0])
        default: return .failure(.ambiguous(prefix, matches: matches.map(\.id)))
        }
    }

    /// The id of the landed entry that undid `id`, if any.
    public static func undoneBy(_ id: String, in records: [JournalRecord]) -> String? {
        records.first { $0.intent.undoes == id && ($0.outcome.map { $0.status != .failed } ?? true) }?.id
    }

    public static func plan(
        _ record: JournalRecord, records: [JournalRecord], live: [AllowRule]
    ) -> Result<UndoPlan, UndoRefusal> {
        guard let outcome = record.outcome else { return .failure(.pending(record.id)) }
        guard outcome.status != .failed else { return .failure(.failed(record.id)) }
        if let by = undoneBy(record.id, in: records) { return .failure(.alreadyUndone(record.id, by: by)) }
        var skipped: [String] = []
        let remove = rulesToRemove(added(record, outcome), live: live, skipped: &skipped)
        let readd = rangesToReadd(removed(record, outcome), live: live, skipped: &skipped)
        return .success(UndoPlan(entry: record.id, readd: readd, remove: remove, skipped: skipped))
    }

    static func added(_ record: JournalRecord, _ outcome: JournalOutcome) -> [JournalRule] {
        outcome.added.isEmpty && outcome.status == .succeeded ? record.intent.adds : outcome.added
    }

    static func removed(_ record: JournalRecord, _ outcome: JournalOutcome) -> [JournalRule] {
        guard outcome.status == .partial else { return record.intent.removes }
        let gone = Set(outcome.removedIDs)
        return record.intent.removes.filter { $0.id.map(gone.contains) ?? false }
    }

    static func rulesToRemove(_ added: [JournalRule], live: [AllowRule], skipped: inout [String]) -> [AllowRule] {
        var chosen: [AllowRule] = []
        for rule in added {
            let match = rule.id.map { id in live.first { $0.id == id } } ?? live.first { $0.range == rule.range }
            if let match {
                if !chosen.contains(match) { chosen.append(match) }
            } else {
                skipped.append("\(rule.ip)\(rule.id.map { " (#\($0))" } ?? "") is no longer on the list.")
            }
        }
        return chosen
    }

    static func rangesToReadd(_ removed: [JournalRule], live: [AllowRule], skipped: inout [String]) -> [JournalRule] {
        var chosen: [JournalRule] = []
        for rule in removed {
            if let present = live.first(where: { $0.range != nil && $0.range == rule.range }) {
                skipped.append("\(rule.ip) is already on the list as #\(present.id).")
            } else if rule.range == nil {
                skipped.append("\(rule.ip) is not a range SendGrid accepts; it cannot be added back.")
            } else if !chosen.contains(where: { $0.range == rule.range }) {
                chosen.append(JournalRule(id: nil, ip: rule.ip, note: rule.note, expires: rule.expires))
            }
        }
        return chosen
    }
}
