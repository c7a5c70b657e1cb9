/// A journal entry as read back: its intent and, unless the process ended between the two, its outcome.
public struct JournalRecord: Hashable, Sendable, Identifiable {
    public var intent: JournalIntent
    /// nil: "outcome unknown" (written before the request; nothing after it). The next start reconciles it.
    public var outcome: JournalOutcome?

    public init(intent: JournalIntent, outcome: JournalOutcome? = nil) {
        self.intent = intent
        self.outcome = outcome
    }

    public var id: String { intent.id }
    public var isPending: Bool { outcome == nil }

    /// Pairs intents with their outcomes, in the order the intents were written. An outcome with no intent (a
    /// journal cut by hand) is dropped; a second outcome for one entry replaces the first (a reconciliation
    /// after a late answer cannot happen, but the last word wins).
    public static func pair(_ lines: [JournalLine]) -> [JournalRecord] {
        var order: [String] = []
        var records: [String: JournalRecord] = [:]
        for line in lines {
            switch line {
            case .intent(let intent):
                if records[intent.id] == nil { order.append(intent.id) }
                records[intent.id] = JournalRecord(intent: intent, outcome: records[intent.id]?.outcome)
            case .outcome(let outcome):
                records[outcome.entry]?.outcome = outcome
            }
        }
        return order.compactMap { records[$0] }
    }
}
