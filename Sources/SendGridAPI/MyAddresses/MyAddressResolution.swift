import AccessCore

/// The operator's addresses, deduplicated in source order, and a sentence for every value that was not one.
public struct MyAddressResolution: Hashable, Sendable {
    public var addresses: [MyAddress] = []
    public var warnings: [String] = []

    public init(addresses: [MyAddress] = [], warnings: [String] = []) {
        self.addresses = addresses
        self.warnings = warnings
    }

    /// Parses `text` as an address; an IPv4-mapped IPv6 address (`::ffff:203.0.113.10`, as sshd may report)
    /// counts as the IPv4 address.
    mutating func add(_ text: String, source: MyAddress.Source, origin: String) {
        let trimmed = text.trimmingSpacesAndNewlines()
        guard !trimmed.isEmpty else { return }
        switch IPAddress.parse(trimmed) {
        case .success(let parsed):
            let address = MyAddressResolution.unmapped(parsed)
            // The SSH address names the operator's workstation, the others this host: an address given as both
            // is kept twice, or a discovered address equal to the SSH client would leave this host unknown.
            guard
                !addresses.contains(where: { $0.address == address && $0.source.tellsThisHost == source.tellsThisHost })
            else { return }
            addresses.append(MyAddress(address: address, source: source))
        case .failure(let error):
            let shown = String(trimmed.prefix(60))
            // The parser's message quotes the text: clean the whole sentence, which may come from the network.
            warnings.append(Redactor().untrusted("Ignored '\(shown)' from \(origin): \(error.message)"))
        }
    }

    static func unmapped(_ address: IPAddress) -> IPAddress {
        guard address.family == .v6, address.value >> 32 == 0xFFFF else { return address }
        return IPAddress(v4: UInt32(truncatingIfNeeded: address.value))
    }
}
