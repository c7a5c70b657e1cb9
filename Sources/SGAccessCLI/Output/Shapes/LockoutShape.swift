import AccessCore

/// The lockout guard's verdict on one change, in `allow` and `remove` output (see JSONShapes.md):
/// `{"verdict", "addresses", "message", "refused", "host_known", "this_host", "sentences", "wide", "recent_refusals"}`.
/// `verdict` is "safe", "locks_out", "enables_enforcement_without", "removes_everything" or "unknown_host".
struct LockoutShape: Encodable, Sendable {
    /// A range `allow` flagged as wide (or wider than it looks).
    struct Wide: Encodable, Sendable {
        let range: String
        let input: String?
        let size: String
        let everything: Bool
        let message: String

        init(_ wide: WideRange) {
            range = wide.range.description
            input = wide.input
            size = wide.range.exactSizeDescription
            everything = wide.isEverything
            message = wide.message
        }

        enum CodingKeys: String, CodingKey { case range, input, size, everything, message }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(range, forKey: .range)
            try c.encode(input, forKey: .input)
            try c.encode(size, forKey: .size)
            try c.encode(everything, forKey: .everything)
            try c.encode(message, forKey: .message)
        }
    }

    /// Who a removal would have refused recently, or why that could not be checked.
    struct Refusals: Encodable, Sendable {
        struct Seen: Encodable, Sendable {
            let address: String
            let methods: [String]
            let lastAt: Int64

            enum CodingKeys: String, CodingKey {
                case address, methods
                case lastAt = "last_at"
            }
        }

        let checked: Bool
        let window: Int64
        let addresses: [Seen]
        let message: String?
        let error: String?

        init(_ refusals: RecentRefusals) {
            checked = true
            window = refusals.window
            addresses = refusals.entries.map {
                Seen(address: $0.address.description, methods: $0.methods, lastAt: $0.lastAt)
            }
            message = refusals.sentence()
            error = nil
        }

        init(uncheckedBecause reason: String) {
            checked = false
            window = RecentRefusals.defaultWindow
            addresses = []
            message = nil
            error = reason
        }

        enum CodingKeys: String, CodingKey { case checked, window, addresses, message, error }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(checked, forKey: .checked)
            try c.encode(window, forKey: .window)
            try c.encode(addresses, forKey: .addresses)
            try c.encode(message, forKey: .message)
            try c.encode(error, forKey: .error)
        }
    }

    let verdict: String
    let addresses: [String]
    let message: String
    /// True when the guard refuses the change as given (on `--dry-run`: would refuse it).
    let refused: Bool
    let hostKnown: Bool
    let thisHost: [String]
    /// Every sentence the guard has about the change, in order (empty for a safe, narrow change).
    let sentences: [String]
    let wide: [Wide]
    /// Null for `allow` to a non-empty list (removals and a first rule read the activity).
    let recentRefusals: Refusals?

    enum CodingKeys: String, CodingKey {
        case verdict, addresses, message, refused, sentences, wide
        case hostKnown = "host_known"
        case thisHost = "this_host"
        case recentRefusals = "recent_refusals"
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(verdict, forKey: .verdict)
        try c.encode(addresses, forKey: .addresses)
        try c.encode(message, forKey: .message)
        try c.encode(refused, forKey: .refused)
        try c.encode(hostKnown, forKey: .hostKnown)
        try c.encode(thisHost, forKey: .thisHost)
        try c.encode(sentences, forKey: .sentences)
        try c.encode(wide, forKey: .wide)
        try c.encode(recentRefusals, forKey: .recentRefusals)
    }

    /// The shape when nothing is sent because nothing matched ("Nothing to remove.").
    static func nothing(_ message: String, knowledge: AddressKnowledge) -> LockoutShape {
        LockoutShape(
            verdict: "safe", addresses: [], message: message, refused: false, hostKnown: knowledge.isHostKnown,
            thisHost: knowledge.hostAddresses.map(\.description), sentences: [], wide: [], recentRefusals: nil)
    }
}
