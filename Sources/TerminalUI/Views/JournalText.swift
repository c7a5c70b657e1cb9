import AccessCore
import Foundation

/// Journal entries in words, for the journal view and the undo confirmation. Everything from the journal is
/// operator or API text: sanitised here.
enum JournalText {
    /// "entry 3f9a1c2b (remove by ops@bastion, 2h ago)".
    static func summary(_ record: JournalRecord, now: Int64) -> String {
        let intent = record.intent
        return "entry \(clean(intent.id)) (\(intent.kind.rawValue) by \(clean(intent.actor.signature)), "
            + "\(TimeFormat.ago(max(0, now - intent.time.unix))))"
    }

    /// "192.0.2.7/32 “build agent”, expires in 3h" (the id when known: "#21 192.0.2.7/32").
    static func rule(_ rule: JournalRule, now: Int64, withID: Bool = false) -> String {
        var text = (withID ? rule.id.map { "#\($0) " } ?? "" : "") + clean(rule.ip)
        if let note = rule.note { text += " “\(clean(note))”" }
        if let expires = rule.expires { text += " \(ExpiryText.marker(expires.unix, now: now))" }
        return text
    }

    /// What the entry changes: "+198.51.100.7/32 “ci”  −#21 192.0.2.7/32".
    static func changes(_ intent: JournalIntent, now: Int64) -> String {
        let adds = intent.adds.map { "+" + rule($0, now: now) }
        let removes = intent.removes.map { "−" + rule($0, now: now, withID: true) }
        let undoes = intent.undoes.map { ["(undoes \(clean($0)))"] } ?? []
        let all = adds + removes + undoes
        return all.isEmpty ? "nothing" : all.joined(separator: "  ")
    }

    /// "succeeded", "failed", "partial", "outcome unknown", "landed (read off the list later)".
    static func outcome(_ record: JournalRecord) -> String {
        guard let outcome = record.outcome else { return "outcome unknown" }
        let status: String
        switch outcome.status {
        case .succeeded: status = "succeeded"
        case .failed: status = "failed"
        case .partial: status = "partly landed"
        }
        return outcome.reconciled ? "\(status) (read off the list later)" : status
    }

    static func clean(_ text: String) -> String { Sanitizer.clean(text, maxColumns: 200) }
}
