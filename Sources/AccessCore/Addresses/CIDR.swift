/// A network range: a network address and a prefix length. The network address never has host bits set.
public struct CIDR: Hashable, Sendable, Comparable {
    public let network: IPAddress
    public let prefixLength: Int

    /// Builds a range, clearing any host bits in `address`.
    public init(address: IPAddress, prefixLength: Int) {
        precondition(prefixLength >= 0 && prefixLength <= address.family.bitWidth, "prefix out of range")
        let mask = CIDR.mask(family: address.family, prefixLength: prefixLength)
        self.network = IPAddress(family: address.family, value: address.value & mask)
        self.prefixLength = prefixLength
    }

    /// The single-address range (/32 or /128).
    public init(host address: IPAddress) {
        self.init(address: address, prefixLength: address.family.bitWidth)
    }

    public var family: IPAddress.Family { network.family }

    public var first: IPAddress { network }

    public var last: IPAddress {
        IPAddress(
            family: family,
            value: network.value | ~CIDR.mask(family: family, prefixLength: prefixLength) & CIDR.familyMask(family))
    }

    /// Number of addresses; nil for ::/0, whose 2^128 does not fit.
    public var size: UInt128? {
        let hostBits = family.bitWidth - prefixLength
        return hostBits >= 128 ? nil : UInt128(1) << UInt128(hostBits)
    }

    /// Short human size: "1", "256", "65,536", "2^64".
    public var sizeDescription: String {
        let hostBits = family.bitWidth - prefixLength
        guard hostBits < 40, let size else { return "2^\(hostBits)" }
        return CIDR.grouped(size)
    }

    public var isSingleHost: Bool { prefixLength == family.bitWidth }

    public func contains(_ address: IPAddress) -> Bool {
        address.family == family
            && address.value & CIDR.mask(family: family, prefixLength: prefixLength) == network.value
    }

    /// True when every address of `other` is in this range.
    public func contains(_ other: CIDR) -> Bool {
        other.family == family && other.prefixLength >= prefixLength && contains(other.network)
    }

    public func overlaps(_ other: CIDR) -> Bool { contains(other) || other.contains(self) }

    public static func < (lhs: CIDR, rhs: CIDR) -> Bool {
        (lhs.network, lhs.prefixLength) < (rhs.network, rhs.prefixLength)
    }

    static func familyMask(_ family: IPAddress.Family) -> UInt128 {
        family == .v4 ? UInt128(UInt32.max) : UInt128.max
    }

    static func mask(family: IPAddress.Family, prefixLength: Int) -> UInt128 {
        let width = family.bitWidth
        if prefixLength == 0 { return 0 }
        let hostBits = UInt128(width - prefixLength)
        return (familyMask(family) >> hostBits) << hostBits
    }

    static func grouped(_ n: UInt128) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }
}

extension CIDR: CustomStringConvertible {
    /// Always with the prefix: "192.0.2.7/32", "2001:db8::/32" (the form SendGrid stores).
    public var description: String { "\(network)/\(prefixLength)" }
}

extension IPAddress {
    init(family: Family, value: UInt128) {
        switch family {
        case .v4: self.init(v4: UInt32(truncatingIfNeeded: value))
        case .v6: self.init(v6: value)
        }
    }
}
