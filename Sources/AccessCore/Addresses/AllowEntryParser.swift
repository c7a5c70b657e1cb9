/// Parses the forms SendGrid accepts for an allowed IP: a bare address (→ /32 or /128), CIDR, or trailing-octet
/// IPv4 wildcards (`192.*.*.*` → 192.0.0.0/8). Several entries may be separated by spaces, commas or newlines.
public enum AllowEntryParser {
    /// Parses one entry. Surrounding whitespace is ignored; the error names the first problem found.
    public static func parse(_ text: String) -> Result<AllowEntry, EntryError> {
        let input = text.trimmingSpaces()
        if input.isEmpty { return .failure(.empty) }
        if input.utf8.contains(UInt8(ascii: "*")) { return parseWildcard(input) }
        let slash = input.utf8.firstIndex(of: UInt8(ascii: "/"))
        let address: IPAddress
        switch IPAddress.parse(String(input[..<(slash ?? input.endIndex)])) {
        case .success(let a): address = a
        case .failure(let e): return .failure(e)
        }
        guard let slash else { return .success(AllowEntry(input: input, range: CIDR(host: address))) }
        let prefixText = input[input.utf8.index(after: slash)...]
        // Decimal digits only (no sign, no spaces); leading zeros are harmless here ("/08" is 8).
        guard !prefixText.isEmpty, prefixText.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            let prefix = Int(prefixText)
        else {
            return .failure(.badPrefix(String(prefixText)))
        }
        guard prefix <= address.family.bitWidth else {
            return .failure(.prefixOutOfRange(prefix, max: address.family.bitWidth))
        }
        let range = CIDR(address: address, prefixLength: prefix)
        let warning: AllowEntry.Warning? =
            range.network == address ? nil : .hostBitsCleared(typed: input, network: range)
        return .success(AllowEntry(input: input, range: range, warning: warning))
    }

    /// Splits `text` on spaces, commas, semicolons and newlines and parses every piece, in order.
    public static func parseList(_ text: String) -> [Result<AllowEntry, EntryError>] {
        splitEntries(text).map(parse)
    }

    /// The pieces of a multi-entry input, in order, without separators.
    public static func splitEntries(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 128 }) {
            // ASCII: split bytes (much faster on large pastes); the same separators as below.
            return text.utf8.split(whereSeparator: { $0 == 44 || $0 == 59 || $0 == 32 || (9...13).contains($0) })
                .map { String(Substring($0)) }
        }
        return text.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace }).map(String.init)
    }

    static func parseWildcard(_ input: String) -> Result<AllowEntry, EntryError> {
        if input.contains("/") { return .failure(.wildcardWithPrefix(input)) }
        if input.contains(":") { return .failure(.badIPv6(input, reason: "wildcards are only accepted in IPv4 rules")) }
        let parts = input.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return .failure(.wrongOctetCount(input, parts.count)) }
        var value: UInt32 = 0
        var fixed = 0
        var seenWildcard = false
        for (index, part) in parts.enumerated() {
            if part == "*" {
                seenWildcard = true
                value <<= 8
                continue
            }
            if seenWildcard { return .failure(.wildcardInMiddle(input)) }
            if part.contains("*") {
                return .failure(.badOctet(String(part), position: index + 1, reason: "mixes digits and '*'"))
            }
            switch IPAddress.parseOctet(part, position: index + 1) {
            case .success(let octet): value = value << 8 | UInt32(octet); fixed += 1
            case .failure(let e): return .failure(e)
            }
        }
        return .success(AllowEntry(input: input, range: CIDR(address: IPAddress(v4: value), prefixLength: fixed * 8)))
    }
}
