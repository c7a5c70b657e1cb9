import Foundation

/// Decides, from the live list, what became of an entry whose outcome was never written (the process was
/// killed, or the SSH link dropped, between the request and SendGrid's answer). Pure.
///
/// - An added range counts as landed when a live rule has exactly that range.
/// - A removed rule counts as landed when no live rule has its id.
/// - All landed → `.succeeded`; none → `.failed`; else `.partial`. The outcome is marked `reconciled`, and its
///   answer says that it was read off the list, not seen.
public enum JournalReconciler {
    public static func reconcile(_ intent: JournalIntent, live: [AllowRule], now: Date) -> JournalOutcome {
        var byRange: [CIDR: AllowRule] = [:]
        for rule in live { if let range = rule.range, byRange[range] == nil { byRange[range] = rule } }
        let liveIDs = Set(live.map(\.id))
        let added = intent.adds.compactMap { add -> JournalRule? in
            guard let range = add.range, let rule = byRange[range] else { return nil }
            return JournalRule(id: rule.id, ip: rule.ip, note: add.note, expires: add.expires)
        }
        let removed = intent.removes.compactMap(\.id).filter { !liveIDs.contains($0) }
        let landed = added.count + removed.count
        let total = intent.adds.count + intent.removes.count
        let status: JournalOutcome.Status = landed == total ? .succeeded : landed == 0 ? .failed : .partial
        var parts: [String] = []
        if !intent.adds.isEmpty { parts.append("\(added.count) of \(intent.adds.count) added ranges are on the list") }
        if !intent.removes.isEmpty {
            parts.append("\(removed.count) of \(intent.removes.count) removed rules are gone")
        }
        let answer =
            "Outcome unknown: sgaccess stopped before SendGrid's answer was recorded; read off the list later: "
            + parts.joined(separator: ", ") + "."
        return JournalOutcome(
            entry: intent.id, time: now, status: status, answer: answer, added: added, removedIDs: removed,
            reconciled: true)
    }
}
