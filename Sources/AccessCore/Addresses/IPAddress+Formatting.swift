extension IPAddress: CustomStringConvertible {
    /// Dotted quad for IPv4; RFC 5952 canonical text for IPv6: lower-case hex without leading zeros, the longest
    /// run of two or more zero groups compressed to "::" (the first on ties, never a single group), and IPv4-mapped
    /// addresses in mixed notation ("::ffff:192.0.2.1", RFC 5952 §5).
    public var description: String {
        switch family {
        case .v4: return IPAddress.formatV4(UInt32(truncatingIfNeeded: value))
        case .v6: return IPAddress.formatV6(value)
        }
    }

    static func formatV4(_ v: UInt32) -> String {
        "\(v >> 24).\(v >> 16 & 0xFF).\(v >> 8 & 0xFF).\(v & 0xFF)"
    }

    static func formatV6(_ value: UInt128) -> String {
        if value >> 32 == 0xFFFF { return "::ffff:" + formatV4(UInt32(truncatingIfNeeded: value)) }
        let groups = (0..<8).map { UInt16(truncatingIfNeeded: value >> UInt128(112 - 16 * $0)) }
        let (bestStart, bestLength) = longestZeroRun(groups)
        let hex = groups.map { String($0, radix: 16) }
        if bestLength < 2 { return hex.joined(separator: ":") }
        let left = hex[0..<bestStart].joined(separator: ":")
        let right = hex[(bestStart + bestLength)...].joined(separator: ":")
        return left + "::" + right
    }

    /// Start and length of the longest run of zero groups; the first one wins on ties.
    private static func longestZeroRun(_ groups: [UInt16]) -> (start: Int, length: Int) {
        var bestStart = 0, bestLength = 0, i = 0
        while i < groups.count {
            guard groups[i] == 0 else { i += 1; continue }
            var j = i
            while j < groups.count && groups[j] == 0 { j += 1 }
            if j - i > bestLength { bestStart = i; bestLength = j - i }
            i = j
        }
        return (bestStart, bestLength)
    }
}
