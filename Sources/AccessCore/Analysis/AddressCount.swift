/// A number of addresses, exact up to and including 2^128 (all of IPv6, one more than `UInt128` holds).
public struct AddressCount: Hashable, Sendable, Comparable {
    /// The count below 2^128; with `isAllOfIPv6` it is 0 and the count is 2^128.
    public let low: UInt128
    public let isAllOfIPv6: Bool

    public static let zero = AddressCount(low: 0, isAllOfIPv6: false)

    private init(low: UInt128, isAllOfIPv6: Bool) {
        self.low = low
        self.isAllOfIPv6 = isAllOfIPv6
    }

    /// 2^`hostBits` addresses (0...128).
    public init(hostBits: Int) {
        precondition(hostBits >= 0 && hostBits <= 128, "host bits out of range")
        self =
            hostBits == 128
            ? AddressCount(low: 0, isAllOfIPv6: true) : AddressCount(low: 1 << hostBits, isAllOfIPv6: false)
    }

    /// The addresses of `range`.
    public init(_ range: CIDR) {
        self.init(hostBits: range.family.bitWidth - range.prefixLength)
    }

    /// The sum; counts of disjoint parts of one range never pass 2^128 (a larger sum saturates there).
    public static func + (lhs: AddressCount, rhs: AddressCount) -> AddressCount {
        if lhs.isAllOfIPv6 || rhs.isAllOfIPv6 { return AddressCount(low: 0, isAllOfIPv6: true) }
        let (sum, overflow) = lhs.low.addingReportingOverflow(rhs.low)
        return overflow ? AddressCount(low: 0, isAllOfIPv6: true) : AddressCount(low: sum, isAllOfIPv6: false)
    }

    public static func < (lhs: AddressCount, rhs: AddressCount) -> Bool {
        (lhs.isAllOfIPv6 ? 1 : 0, lhs.low) < (rhs.isAllOfIPv6 ? 1 : 0, rhs.low)
    }
}

extension AddressCount: CustomStringConvertible {
    /// "256", "65,536", "1,099,511,627,776"; a power of two from 2^40 on as "2^64"; 2^128 as "2^128".
    public var description: String {
        if isAllOfIPv6 { return "2^128" }
        if low >= 1 << 40 && low & (low - 1) == 0 { return "2^\(low.trailingZeroBitCount)" }
        return CIDR.grouped(low)
    }
}
