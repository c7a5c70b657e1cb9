/// A range wide enough that adding it all but switches the allow list off, or an entry that normalises to a
/// wider range than it looks. The app asks before adding one; the CLI refuses one without `--allow-wide`.
///
/// CONTRACT. Wide means a prefix shorter than `/16` (IPv4) or `/48` (IPv6). `0.0.0.0/0` and `::/0` (the whole
/// family) need the range typed to be confirmed; other wide ranges need a plain confirmation. An entry whose host
/// bits were cleared (`252.79.32.70/0` → `0.0.0.0/0`) is flagged whatever its width, because it means more than
/// it says.
public struct WideRange: Hashable, Sendable {
    public static let minimumIPv4Prefix = 16
    public static let minimumIPv6Prefix = 48

    public let range: CIDR
    /// What the operator typed, when it differs from the range (`*.*.*.*`, `252.79.32.70/0`).
    public let input: String?
    /// True for `/0`: the whole IPv4 or IPv6 internet.
    public var isEverything: Bool { range.prefixLength == 0 }
    /// True when the range is wider than the thresholds (as opposed to only looking narrower than it is).
    public var isWide: Bool { WideRange.isWide(range) }

    /// The flag for `entry`, or nil when it is neither wide nor wider than it looks.
    public static func check(_ entry: AllowEntry) -> WideRange? {
        let looksNarrower = entry.warning != nil
        guard isWide(entry.range) || looksNarrower else { return nil }
        let typed = entry.input.trimmingSpaces()
        // Only a different spelling counts as different: "2001:DB8::/32" is 2001:db8::/32 as typed.
        return WideRange(range: entry.range, input: typed.lowercased() == entry.range.description ? nil : typed)
    }

    /// The flag for a range given without its original text (undo, allow of an attempt's /24).
    public static func check(_ range: CIDR) -> WideRange? {
        isWide(range) ? WideRange(range: range, input: nil) : nil
    }

    public static func isWide(_ range: CIDR) -> Bool {
        range.prefixLength < (range.family == .v4 ? minimumIPv4Prefix : minimumIPv6Prefix)
    }

    /// "0.0.0.0/0 allows 4,294,967,296 addresses: the whole IPv4 internet — SendGrid would in effect stop
    /// filtering." With the input when it differs: "“252.79.32.70/0” means 0.0.0.0/0, which allows …".
    public var message: String {
        let subject = input.map { "“\($0)” means \(range), which" } ?? "\(range)"
        return "\(subject) allows \(range.exactSizeDescription) addresses: \(share)."
    }

    /// How much of the family's address space the range is.
    var share: String {
        let family = range.family == .v4 ? "IPv4" : "IPv6"
        switch range.prefixLength {
        case 0: return "the whole \(family) internet — SendGrid would in effect stop filtering"
        case 1: return "half of the \(family) internet"
        case let p where p < 40: return "1/\(CIDR.grouped(UInt128(1) << UInt128(p))) of the \(family) internet"
        case let p: return "1/2^\(p) of the \(family) internet"
        }
    }
}

extension CIDR {
    /// The number of addresses in full ("4,294,967,296"); powers of two above 2^64 as "2^112".
    public var exactSizeDescription: String {
        let hostBits = family.bitWidth - prefixLength
        guard hostBits <= 64, let size else { return "2^\(hostBits)" }
        return CIDR.grouped(size)
    }
}
