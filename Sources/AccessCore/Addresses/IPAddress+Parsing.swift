extension IPAddress {
    /// Parses a plain address ("203.0.113.10", "2001:db8::1"); nil when it is not one.
    /// Use `AllowEntryParser` for the forms SendGrid accepts in an allow list, with precise errors.
    public init?(_ text: String) {
        switch IPAddress.parse(text) {
        case .success(let address): self = address
        case .failure: return nil
        }
    }

    /// Parses a plain address, explaining what is wrong when it is not one. Surrounding whitespace is ignored.
    /// IPv4 octets with a leading zero are refused (some tools read them as octal); IPv6 zone ids are refused.
    public static func parse(_ text: String) -> Result<IPAddress, EntryError> {
        if let value = fastV4(text.utf8) { return .success(IPAddress(v4: value)) }
        let trimmed = text.trimmingSpaces()
        if trimmed.isEmpty { return .failure(.empty) }
        if trimmed.contains(":") { return parseV6(trimmed).map(IPAddress.init(v6:)) }
        return parseV4(trimmed).map(IPAddress.init(v4:))
    }

    /// The common case without allocating: exactly a valid dotted quad, no spaces. Nil sends the text to the
    /// detailed parser, which accepts the same set and explains the rest.
    static func fastV4<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt32? {
        var value: UInt32 = 0, octet: UInt32 = 0, digits = 0, dots = 0, leadingZero = false
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                guard digits > 0, dots < 3 else { return nil }
                value = value << 8 | octet
                octet = 0; digits = 0; dots += 1
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                if digits == 1 && leadingZero { return nil }
                if digits == 0 { leadingZero = byte == UInt8(ascii: "0") }
                octet = octet * 10 + UInt32(byte - UInt8(ascii: "0"))
                digits += 1
                guard digits <= 3, octet <= 255 else { return nil }
            } else {
                return nil
            }
        }
        guard dots == 3, digits > 0 else { return nil }
        return value << 8 | octet
    }

    static func parseV4(_ text: String) -> Result<UInt32, EntryError> {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return .failure(.wrongOctetCount(text, parts.count)) }
        var value: UInt32 = 0
        for (index, part) in parts.enumerated() {
            switch parseOctet(part, position: index + 1) {
            case .success(let octet): value = value << 8 | UInt32(octet)
            case .failure(let error): return .failure(error)
            }
        }
        return .success(value)
    }

    static func parseOctet(_ part: Substring, position: Int) -> Result<UInt8, EntryError> {
        guard !part.isEmpty else { return .failure(.badOctet(String(part), position: position, reason: "is empty")) }
        guard part.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            if part == "*" { return .failure(.wildcardNotAllowed) }
            return .failure(.badOctet(String(part), position: position, reason: "is not a number"))
        }
        guard part.utf8.count == 1 || part.first != "0" else {
            return .failure(
                .badOctet(
                    String(part), position: position,
                    reason: "has a leading zero (ambiguous: some tools read it as octal)"))
        }
        guard part.utf8.count <= 3, let number = Int(part), number <= 255 else {
            return .failure(.badOctet(String(part), position: position, reason: "is greater than 255"))
        }
        return .success(UInt8(number))
    }

    static func parseV6(_ text: String) -> Result<UInt128, EntryError> {
        if text.contains("%") { return .failure(.badIPv6(text, reason: "zone identifiers (%…) are not allowed")) }
        let halves = splitOnDoubleColon(text)
        guard halves.count <= 2 else { return .failure(.badIPv6(text, reason: "'::' may appear only once")) }
        let head: [UInt16], tail: [UInt16]
        // Only the very last group of the whole address may be an embedded IPv4 address.
        switch v6Groups(halves[0], of: text, allowsIPv4Tail: halves.count == 1) {
        case .success(let g): head = g
        case .failure(let e): return .failure(e)
        }
        if halves.count == 2 {
            switch v6Groups(halves[1], of: text, allowsIPv4Tail: true) {
            case .success(let g): tail = g
            case .failure(let e): return .failure(e)
            }
            guard head.count + tail.count <= 7 else {
                return .failure(
                    .badIPv6(
                        text,
                        reason:
                            "too many groups: '::' must stand for at least one group of zeros, so at most 7 may be written"
                    ))
            }
        } else {
            tail = []
            guard head.count == 8 else {
                return .failure(
                    .badIPv6(text, reason: "expected 8 groups, found \(head.count) (use '::' to abbreviate zeros)"))
            }
        }
        let all = head + Array(repeating: 0, count: 8 - head.count - tail.count) + tail
        return .success(all.reduce(UInt128(0)) { $0 << 16 | UInt128($1) })
    }

    /// The 16-bit groups of one side of '::' ("2001:db8" → [0x2001, 0xdb8]); "" → [].
    private static func v6Groups(_ s: String, of text: String, allowsIPv4Tail: Bool) -> Result<[UInt16], EntryError> {
        if s.isEmpty { return .success([]) }
        var out: [UInt16] = []
        let pieces = s.split(separator: ":", omittingEmptySubsequences: false)
        for (i, piece) in pieces.enumerated() {
            if piece.contains(".") {
                guard allowsIPv4Tail, i == pieces.count - 1 else {
                    return .failure(
                        .badIPv6(text, reason: "an embedded IPv4 address ('\(piece)') may only be the last part"))
                }
                switch parseV4(String(piece)) {
                case .success(let v4): out += [UInt16(v4 >> 16), UInt16(v4 & 0xFFFF)]
                case .failure(let e):
                    return .failure(
                        .badIPv6(text, reason: "the embedded IPv4 part '\(piece)' is not valid (\(e.shortReason))"))
                }
                continue
            }
            guard !piece.isEmpty else {
                return .failure(.badIPv6(text, reason: "a group is empty (a single ':' at an end, or ':::'?)"))
            }
            guard piece.utf8.count <= 4, piece.utf8.allSatisfy(isHexDigit), let g = UInt16(piece, radix: 16) else {
                return .failure(.badIPv6(text, reason: "'\(piece)' is not a group of 1–4 hex digits"))
            }
            out.append(g)
        }
        return .success(out)
    }

    private static func isHexDigit(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "f"))
            || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "F"))
    }
}

/// "a::b" → ["a", "b"]; "a" → ["a"]; more than one "::" gives three or more pieces.
func splitOnDoubleColon(_ text: String) -> [String] {
    var pieces: [String] = []
    var current = ""
    var iterator = Array(text)[...]
    while let c = iterator.first {
        iterator = iterator.dropFirst()
        if c == ":", iterator.first == ":" {
            iterator = iterator.dropFirst()
            pieces.append(current)
            current = ""
        } else {
            current.append(c)
        }
    }
    pieces.append(current)
    return pieces
}

extension String {
    func trimmingSpaces() -> String {
        if let first = utf8.first, let last = utf8.last, first > 32, first < 128, last > 32, last < 128 {
            return String(self)  // nothing to trim (ASCII, not a space or control, at both ends)
        }
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
