extension CIDR {
    /// Parses any form `AllowEntryParser` accepts ("10.0.0.0/8", "203.0.113.7", "192.*.*.*"); nil otherwise.
    /// Host bits are cleared silently; use `AllowEntryParser.parse` for the warning and a precise error.
    public init?(_ text: String) {
        guard case .success(let entry) = AllowEntryParser.parse(text) else { return nil }
        self = entry.range
    }

    /// A range, or nil when `prefixLength` is outside 0...bitWidth of the address family (the initialiser
    /// `init(address:prefixLength:)` traps instead).
    public static func checked(address: IPAddress, prefixLength: Int) -> CIDR? {
        guard prefixLength >= 0, prefixLength <= address.family.bitWidth else { return nil }
        return CIDR(address: address, prefixLength: prefixLength)
    }
}
