import AccessCore

/// A fast reader for the one shape a list answer has in practice, `{"result": [{"id": 1, "ip": "…",
/// "created_at": 0, "updated_at": 0}, …]}`: at 100 000 rules the generated `Codable` decode takes most of the time to
/// the first frame. It accepts only what it can read exactly as the generated decoder would (ASCII strings without
/// escapes, integer numbers, any key order, unknown keys skipped); for anything else — an escape, a fraction, a
/// missing id, a duplicate key, invalid JSON — it answers nil and the generated decoder decides, errors included.
struct ListBodyParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var at = 0
    /// The rules array already read (by `rules(in:)` on two threads): where it starts, its rules, and where reading
    /// goes on after its `]`. The document is still read here, so the array is taken only where this reader meets it.
    var prepared: (start: Int, rules: [AllowRule], end: Int)?
    /// Whether rules of the usual shape take the short path (`usualRule`); tests compare both paths.
    var usual = true

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Bodies at least this long are read on two threads (about 2 700 rules).
    static let splitThreshold = 256 * 1024

    /// The rules of `body`, or nil when it is not in the simple shape (see the type's comment). A long body's rules
    /// array is read in two halves at once (`split`, or a rule boundary near the middle) with the same answer as
    /// one pass: the second half is used only when the first half's reader stops exactly where it began.
    static func rulesInHalves(in body: ArraySlice<UInt8>, split: Int? = nil) async -> [AllowRule]? {
        guard split != nil || body.count >= splitThreshold, let start = arrayStart(body),
            let boundary = split ?? middleBoundary(body, after: start),
            boundary > start, boundary < body.count
        else { return rules(in: body) }
        async let tail = elements(of: body, from: boundary)
        var head: [AllowRule] = []
        let read = body.withUnsafeBufferPointer { buffer in
            var parser = ListBodyParser(buffer)
            parser.at = start
            return parser.headOfArray(into: &head, stoppingAt: boundary)
        }
        let end: Int
        switch read {
        case nil: return nil
        case .complete(let last): end = last
        case .paused:
            guard let rest = await tail else { return nil }
            head.append(contentsOf: rest.rules)  // in place: `head` is held only here
            end = rest.end
        }
        return rules(in: body, prepared: (start, head, end))
    }

    /// The rules of `body` in one pass; its rules array is taken from `prepared` when it starts there.
    static func rules(
        in body: ArraySlice<UInt8>, prepared: (start: Int, rules: [AllowRule], end: Int)? = nil, usual: Bool = true
    ) -> [AllowRule]? {
        body.withUnsafeBufferPointer { buffer in
            var parser = ListBodyParser(buffer)
            parser.prepared = prepared
            parser.usual = usual
            return parser.document()
        }
    }

    private mutating func document() -> [AllowRule]? {
        var rules: [AllowRule]?
        let complete = object { parser, key in
            guard parser.equal(key, "result") else { return parser.skipValue(depth: 1) }
            guard rules == nil, let list = parser.ruleArray() else { return false }
            rules = list
            return true
        }
        skipSpace()
        guard complete, at == bytes.count else { return nil }
        return rules
    }

    private mutating func ruleArray() -> [AllowRule]? {
        if let prepared, prepared.start == at {
            at = prepared.end
            return prepared.rules
        }
        guard take(UInt8(ascii: "[")) else { return nil }
        var rules: [AllowRule] = []
        skipSpace()
        if take(UInt8(ascii: "]")) { return rules }
        repeat {
            guard let rule = rule() else { return nil }
            rules.append(rule)
            skipSpace()
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]")) ? rules : nil
    }

    mutating func rule() -> AllowRule? {
        skipSpace()
        if usual, let rule = usualRule() { return rule }
        var id: Int?, ip: String?, created: Int?, updated: Int?
        var seen = 0
        let complete = object { parser, key in
            let bit: Int
            if parser.equal(key, "id") {
                bit = 1
                guard let value = parser.integer() else { return false }
                id = value
            } else if parser.equal(key, "ip") {
                bit = 2
                guard let range = parser.string() else { return false }
                ip = String(decoding: UnsafeBufferPointer(rebasing: parser.bytes[range]), as: UTF8.self)
            } else if parser.equal(key, "created_at") {
                bit = 4
                guard let value = parser.optionalInteger() else { return false }
                created = value
            } else if parser.equal(key, "updated_at") {
                bit = 8
                guard let value = parser.optionalInteger() else { return false }
                updated = value
            } else {
                return parser.skipValue(depth: 2)
            }
            guard seen & bit == 0 else { return false }
            seen |= bit
            return true
        }
        guard complete, let id, let ip else { return nil }
        return AllowRule(id: id, ip: ip, createdAt: Int64(created ?? 0), updatedAt: Int64(updated ?? 0))
    }

    /// A rule exactly as SendGrid writes one, `{"id":1,"ip":"…","created_at":1,"updated_at":1}` (these keys in this
    /// order, no spaces), read with the same scalar readers as `rule()` but without the general object reader; nil,
    /// with `at` unmoved, for anything else.
    private mutating func usualRule() -> AllowRule? {
        let start = at
        guard literal(#"{"id":"#), let id = integer(), literal(#","ip":"#), let text = string(),
            literal(#","created_at":"#), let created = optionalInteger(), literal(#","updated_at":"#),
            let updated = optionalInteger(), take(UInt8(ascii: "}"))
        else {
            at = start
            return nil
        }
        return AllowRule(
            id: id, utf8: UnsafeBufferPointer(rebasing: bytes[text]), createdAt: Int64(created ?? 0),
            updatedAt: Int64(updated ?? 0))
    }

    /// Reads `{ "key": value, … }`, handing each key's range to `member`, which reads the value.
    mutating func object(_ member: (inout ListBodyParser, Range<Int>) -> Bool) -> Bool {
        skipSpace()
        guard take(UInt8(ascii: "{")) else { return false }
        skipSpace()
        if take(UInt8(ascii: "}")) { return true }
        repeat {
            skipSpace()
            guard let key = string() else { return false }
            skipSpace()
            guard take(UInt8(ascii: ":")) else { return false }
            skipSpace()
            guard member(&self, key) else { return false }
            skipSpace()
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}"))
    }
}
