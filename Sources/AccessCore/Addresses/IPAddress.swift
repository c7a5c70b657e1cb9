/// An IPv4 or IPv6 address as a value. IPv4 addresses use the low 32 bits of `value`.
///
/// Addresses of different families never compare equal; IPv4 sorts before IPv6.
public struct IPAddress: Hashable, Sendable, Comparable {
    public enum Family: Int, Hashable, Sendable, Comparable {
        case v4 = 4
        case v6 = 6

        public static func < (lhs: Family, rhs: Family) -> Bool { lhs.rawValue < rhs.rawValue }

        /// Number of bits in an address of this family.
        public var bitWidth: Int { self == .v4 ? 32 : 128 }
    }

    public let family: Family
    public let value: UInt128

    public init(v4 value: UInt32) {
        self.family = .v4
        self.value = UInt128(value)
    }

    public init(v6 value: UInt128) {
        self.family = .v6
        self.value = value
    }

    public init(v4 a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) {
        self.init(v4: UInt32(a) << 24 | UInt32(b) << 16 | UInt32(c) << 8 | UInt32(d))
    }

    public static func < (lhs: IPAddress, rhs: IPAddress) -> Bool {
        (lhs.family, lhs.value) < (rhs.family, rhs.value)
    }

    /// The IPv4 address inside an IPv4-mapped IPv6 address (`::ffff:203.0.113.10` → `203.0.113.10`), else `self`.
    /// Dual-stack sockets report IPv4 peers this way (e.g. in `SSH_CONNECTION`); SendGrid sees the IPv4 address.
    /// Coverage and lockout analysis compare addresses literally: apply this when learning "my IPs".
    public var unmappingIPv4: IPAddress {
        family == .v6 && value >> 32 == 0xFFFF ? IPAddress(v4: UInt32(truncatingIfNeeded: value)) : self
    }
}
