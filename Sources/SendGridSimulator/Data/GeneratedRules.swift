import AccessCore

/// The `--rules N` data: N distinct rules after the seed, for measuring the app and the CLI at scale.
/// Three in four are single IPv4 addresses counting up from 10.0.0.1, every fourth an IPv6 /64 in 2001:db8::/32;
/// the same N always gives the same list (times relative to start).
enum GeneratedRules {
    static func make(count: Int, now: Int64, firstID: Int) -> [AllowRule] {
        (0..<count).map { index in
            let created = now - Int64(index % 1_000) * 3_600
            return AllowRule(id: firstID + index, ip: entry(index), createdAt: created, updatedAt: created)
        }
    }

    /// The most `--rules` accepts: every entry stays distinct below 2^24.
    static let maxCount = 1_000_000

    /// Distinct for every index below 2^24.
    static func entry(_ index: Int) -> String {
        if index % 4 == 3 {
            let high = String(index >> 16, radix: 16)
            let low = String(index & 0xFFFF, radix: 16)
            return "2001:db8:\(high):\(low)::/64"
        }
        let address = index + 1
        return "10.\((address >> 16) & 0xFF).\((address >> 8) & 0xFF).\(address & 0xFF)/32"
    }
}
