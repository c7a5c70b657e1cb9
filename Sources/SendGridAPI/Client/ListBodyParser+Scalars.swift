extension ListBodyParser {
    /// The range of the bytes between the quotes of a string of printable ASCII without escapes; nil otherwise.
    mutating func string() -> Range<Int>? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = at
        while at < bytes.count {
            let byte = bytes[at]
            if byte == UInt8(ascii: "\"") {
                at += 1
                return start..<(at - 1)
            }
            guard byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\\") else { return nil }
            at += 1
        }
        return nil
    }

    /// An integer literal (no fraction, no exponent, no leading zero) that fits an `Int`.
    mutating func integer() -> Int? {
        let negative = take(UInt8(ascii: "-"))
        let start = at
        var value = 0
        while at < bytes.count, bytes[at] >= UInt8(ascii: "0"), bytes[at] <= UInt8(ascii: "9") {
            let digit = Int(bytes[at] - UInt8(ascii: "0"))
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            guard !o1, !o2 else { return nil }
            value = sum
            at += 1
        }
        let digits = at - start
        guard digits > 0, !(digits > 1 && bytes[start] == UInt8(ascii: "0")) else { return nil }
        if at < bytes.count, bytes[at] == UInt8(ascii: ".") || bytes[at] | 0x20 == UInt8(ascii: "e") { return nil }
        return value
    }

    /// An integer or `null` (nil inside); nil outside when it is neither.
    mutating func optionalInteger() -> Int?? {
        if literal("null") { return .some(nil) }
        return integer().map { .some($0) }
    }

    /// Skips any JSON value of the simple kind (strings as `string()` reads them), nesting at most 32 deep.
    mutating func skipValue(depth: Int) -> Bool {
        guard depth < 32, at < bytes.count else { return false }
        switch bytes[at] {
        case UInt8(ascii: "\""): return string() != nil
        case UInt8(ascii: "{"): return object { parser, _ in parser.skipValue(depth: depth + 1) }
        case UInt8(ascii: "["):
            at += 1
            skipSpace()
            if take(UInt8(ascii: "]")) { return true }
            repeat {
                skipSpace()
                guard skipValue(depth: depth + 1) else { return false }
                skipSpace()
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "]"))
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        default: return integer() != nil
        }
    }

    /// Whether the bytes of `key` are `expected`.
    func equal(_ key: Range<Int>, _ expected: StaticString) -> Bool {
        let count = expected.utf8CodeUnitCount
        guard key.count == count else { return false }
        for offset in 0..<count where bytes[key.lowerBound + offset] != expected.utf8Start[offset] { return false }
        return true
    }

    mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard at + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[at + offset] != word.utf8Start[offset] { return false }
        at += count
        return true
    }

    mutating func take(_ byte: UInt8) -> Bool {
        guard at < bytes.count, bytes[at] == byte else { return false }
        at += 1
        return true
    }

    mutating func skipSpace() {
        while at < bytes.count {
            let byte = bytes[at]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            at += 1
        }
    }
}
