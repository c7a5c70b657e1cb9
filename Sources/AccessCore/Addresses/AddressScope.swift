/// Where an address lives, as far as SendGrid can see it. Only `.public` addresses can appear as the caller of a
/// request to SendGrid; the others are rewritten by NAT (private, shared) or never leave the machine or link.
public enum AddressScope: Hashable, Sendable {
    case `public`
    /// 10/8, 172.16/12, 192.168/16, fc00::/7.
    case `private`
    /// 100.64/10 (carrier-grade NAT).
    case shared
    /// 127/8, ::1.
    case loopback
    /// 169.254/16, fe80::/10.
    case linkLocal
    /// 0.0.0.0, ::.
    case unspecified

    /// A word for sentences: "private", "loopback", "link-local", …
    public var word: String {
        switch self {
        case .public: return "public"
        case .private: return "private"
        case .shared: return "carrier-grade NAT"
        case .loopback: return "loopback"
        case .linkLocal: return "link-local"
        case .unspecified: return "unspecified"
        }
    }
}

extension IPAddress {
    /// The address's scope (IPv4-mapped IPv6 addresses are judged as IPv4).
    public var scope: AddressScope {
        let address = unmappingIPv4
        for (range, scope) in AddressScope.table where range.contains(address) { return scope }
        return .public
    }

    /// True when SendGrid could see this address as a caller (see `AddressScope`).
    public var isVisibleToSendGrid: Bool { scope == .public }
}

extension AddressScope {
    static let table: [(CIDR, AddressScope)] =
        ([
            ("0.0.0.0/32", .unspecified), ("10.0.0.0/8", .private), ("100.64.0.0/10", .shared),
            ("127.0.0.0/8", .loopback), ("169.254.0.0/16", .linkLocal), ("172.16.0.0/12", .private),
            ("192.168.0.0/16", .private), ("::/128", .unspecified), ("::1/128", .loopback),
            ("fc00::/7", .private), ("fe80::/10", .linkLocal),
        ] as [(String, AddressScope)]).map { (CIDR($0.0)!, $0.1) }
}
