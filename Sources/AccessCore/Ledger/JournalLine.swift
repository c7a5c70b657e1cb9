/// One line of `journal.jsonl`: an intent or an outcome, tagged by `"type"`.
public enum JournalLine: Codable, Hashable, Sendable {
    case intent(JournalIntent)
    case outcome(JournalOutcome)

    private enum CodingKeys: String, CodingKey { case type, intent, outcome }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .type) {
        case "intent": self = .intent(try container.decode(JournalIntent.self, forKey: .intent))
        case "outcome": self = .outcome(try container.decode(JournalOutcome.self, forKey: .outcome))
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container, debugDescription: "unknown journal line type \(other)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .intent(let intent):
            try container.encode("intent", forKey: .type)
            try container.encode(intent, forKey: .intent)
        case .outcome(let outcome):
            try container.encode("outcome", forKey: .type)
            try container.encode(outcome, forKey: .outcome)
        }
    }
}
