import AccessCore
import Foundation

/// `sgaccess journal --json`: `{"count", "unreadable_lines", "entries": [Entry]}`, oldest first. Every key is
/// always present (null when empty); times are Unix seconds. See `JSONShapes.md`.
struct JournalShape: Encodable {
    let count: Int
    let unreadableLines: Int
    let entries: [Entry]

    enum CodingKeys: String, CodingKey {
        case count, entries
        case unreadableLines = "unreadable_lines"
    }

    /// A rule an entry adds or removes: `{"id", "ip", "note", "expires"}`.
    struct Rule: Encodable {
        let rule: JournalRule

        enum CodingKeys: String, CodingKey { case id, ip, note, expires }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(rule.id, forKey: .id)
            try c.encode(rule.ip, forKey: .ip)
            try c.encode(rule.note, forKey: .note)
            try c.encode(rule.expires.map(JournalShape.seconds), forKey: .expires)
        }
    }

    /// One entry: its intent, and its outcome or null ("outcome unknown").
    struct Entry: Encodable {
        let record: JournalRecord

        enum CodingKeys: String, CodingKey {
            case id, time, kind, by, program, profile, verdict, overrides, undoes, adds, removes, requests, outcome
            case onBehalfOf = "on_behalf_of"
            case sshClient = "ssh_client"
            case hostAddresses = "host_addresses"
        }

        func encode(to encoder: Encoder) throws {
            let intent = record.intent
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(intent.id, forKey: .id)
            try c.encode(JournalShape.seconds(intent.time), forKey: .time)
            try c.encode(intent.kind.rawValue, forKey: .kind)
            try c.encode(intent.actor.signature, forKey: .by)
            try c.encode(intent.actor.program, forKey: .program)
            try c.encode(intent.actor.sshClient, forKey: .sshClient)
            try c.encode(intent.account.profile, forKey: .profile)
            try c.encode(intent.account.onBehalfOf, forKey: .onBehalfOf)
            try c.encode(intent.hostAddresses, forKey: .hostAddresses)
            try c.encode(intent.verdict, forKey: .verdict)
            try c.encode(intent.overrides, forKey: .overrides)
            try c.encode(intent.undoes, forKey: .undoes)
            try c.encode(intent.adds.map(Rule.init), forKey: .adds)
            try c.encode(intent.removes.map(Rule.init), forKey: .removes)
            try c.encode(intent.requests, forKey: .requests)
            try c.encode(record.outcome.map(Outcome.init), forKey: .outcome)
        }
    }

    /// `{"status": "succeeded"|"failed"|"partial", "answer", "time", "added": [Rule], "removed_ids", "reconciled"}`.
    struct Outcome: Encodable {
        let outcome: JournalOutcome

        enum CodingKeys: String, CodingKey {
            case status, answer, time, added, reconciled
            case removedIDs = "removed_ids"
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(outcome.status.rawValue, forKey: .status)
            try c.encode(outcome.answer, forKey: .answer)
            try c.encode(JournalShape.seconds(outcome.time), forKey: .time)
            try c.encode(outcome.added.map(Rule.init), forKey: .added)
            try c.encode(outcome.removedIDs, forKey: .removedIDs)
            try c.encode(outcome.reconciled, forKey: .reconciled)
        }
    }

    static func seconds(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }
}
