import AccessCore

/// Where an address "is": a small built-in table over the documentation ranges (RFC 5737, RFC 3849), the
/// benchmarking range and the private ranges. The narrowest matching range wins; anything else is "Unknown".
public enum LocationTable {
    static let entries: [(range: CIDR, location: String)] = [
        ("192.0.2.0/26", "東京, Japan"),
        ("192.0.2.64/26", "Mukilteo, Washington, United States"),
        ("192.0.2.128/26", "Zürich, Switzerland"),
        ("192.0.2.192/26", "Kraków, Poland"),
        ("198.51.100.0/26", "São Paulo, Brazil"),
        ("198.51.100.64/26", "Montréal, Canada"),
        ("198.51.100.128/26", "Reykjavík, Iceland"),
        ("198.51.100.192/26", "Cairo, Egypt"),
        ("203.0.113.0/26", "Denver, Colorado, United States"),
        ("203.0.113.64/26", "Sydney, Australia"),
        ("203.0.113.128/26", "München, Germany"),
        ("203.0.113.192/26", "Lagos, Nigeria"),
        ("198.18.0.0/15", "Ashburn, Virginia, United States"),
        ("2001:db8::/33", "Amsterdam, Netherlands"),
        ("2001:db8:8000::/33", "Singapore"),
        ("127.0.0.0/8", "Localhost"),
        ("::1/128", "Localhost"),
        ("10.0.0.0/8", "Private network"),
        ("172.16.0.0/12", "Private network"),
        ("192.168.0.0/16", "Private network"),
        ("fc00::/7", "Private network"),
    ].map { (try! AllowEntryParser.parse($0.0).get().range, $0.1) }

    /// The location shown for `ip` in activity.
    public static func location(for ip: String) -> String {
        guard let address = IPAddress(ip) else { return "Unknown" }
        return entries.filter { $0.range.contains(address) }
            .max { $0.range.prefixLength < $1.range.prefixLength }?.location ?? "Unknown"
    }
}
