import AccessCore

/// The `--seed demo` data: a realistic allow list and recent activity, with times relative to start.
enum DemoSeed {
    static let day: Int64 = 86_400

    /// (entry as typed, age in days when created).
    static let rules: [(ip: String, ageDays: Int64)] = [
        ("203.0.113.0/24", 400),  // the office, covers the default client IP 203.0.113.10
        ("198.51.100.7", 380),
        ("198.51.100.8", 380),
        ("192.0.2.15", 300),
        ("192.0.2.16", 300),
        ("198.18.*.*", 290),  // a wildcard: a whole /16
        ("2001:db8:1234::/48", 250),
        ("2001:db8:8000::5", 200),
        ("192.0.2.128/25", 150),
        ("198.51.100.64/26", 120),
        ("203.0.113.200", 90),  // nested inside the office /24
        ("192.0.2.33", 60),
        ("198.19.42.0/24", 30),
        ("2001:db8:ffff:1::/64", 9),
        ("198.51.100.150", 2),  // added after it was blocked: "blocked, allowed since"
    ]

    /// (address, auth method, first seen and last seen in hours ago).
    static let attempts: [(ip: String, auth: String, firstHours: Int64, lastHours: Int64)] = [
        ("203.0.113.10", "API", 2_000, 0), ("203.0.113.10", "Web", 1_500, 3), ("203.0.113.11", "Web", 900, 5),
        ("203.0.113.42", "API", 700, 7), ("203.0.113.200", "API", 600, 12), ("198.51.100.7", "API", 3_000, 1),
        ("198.51.100.8", "Web", 2_500, 26), ("192.0.2.15", "API", 2_000, 2), ("192.0.2.16", "API", 1_900, 49),
        ("198.18.4.20", "API", 1_200, 4), ("198.18.200.9", "Web", 800, 30), ("2001:db8:1234::10", "API", 900, 6),
        ("2001:db8:1234:5::1", "Web", 500, 72), ("2001:db8:8000::5", "API", 400, 10), ("192.0.2.130", "API", 300, 8),
        ("192.0.2.200", "Web", 250, 15), ("198.51.100.70", "API", 200, 20), ("198.51.100.99", "API", 180, 40),
        ("192.0.2.33", "Web", 170, 60), ("198.19.42.17", "API", 100, 9), ("2001:db8:ffff:1::abc", "API", 90, 11),
        ("198.51.100.150", "API", 200, 120), ("198.51.100.150", "API", 40, 1),
        // Mostly blocked: not covered by any rule.
        ("198.51.100.23", "API", 48, 1), ("198.51.100.23", "Web", 30, 2), ("192.0.2.99", "API", 20, 3),
        ("192.0.2.7", "Web", 200, 5), ("192.0.2.77", "API", 0, 0), ("2001:db8:dead:beef::1", "API", 60, 6),
        ("2001:db8:9999::2", "Web", 18, 18), ("198.51.100.201", "API", 12, 8), ("192.0.2.250", "API", 10, 9),
        ("198.18.0.1", "Web", 700, 400), ("10.1.2.3", "API", 5, 4), ("172.16.9.9", "Web", 150, 100),
        ("127.0.0.1", "API", 1, 1), ("198.51.100.3", "API", 3, 2), ("192.0.2.66", "Web", 26, 25),
        ("198.51.100.240", "API", 14, 13), ("2001:db8::1", "API", 7, 7),
    ]

    static func makeRules(now: Int64, firstID: Int) -> [AllowRule] {
        rules.enumerated().map { offset, seed in
            let range = try! AllowEntryParser.parse(seed.ip).get().range
            let created = now - seed.ageDays * day
            return AllowRule(id: firstID + offset, range: range, createdAt: created, updatedAt: created)
        }
    }

    /// Attempts, each allowed when a rule that existed at its last sighting covered it (an empty list allowed all).
    static func makeAttempts(now: Int64, rules: [AllowRule]) -> [AccessAttempt] {
        attempts.map { seed in
            let last = now - seed.lastHours * 3_600
            let address = IPAddress(seed.ip)
            let existing = rules.filter { $0.createdAt <= last }
            let allowed =
                existing.isEmpty
                || existing.contains { rule in address.map { rule.range?.contains($0) == true } ?? false }
            return AccessAttempt(
                ip: seed.ip, allowed: allowed, authMethod: seed.auth, location: LocationTable.location(for: seed.ip),
                firstAt: now - seed.firstHours * 3_600, lastAt: last)
        }
    }

    /// Addresses the traffic generator picks from: mostly covered by the demo list, some not.
    static let trafficPool: [String] = [
        "203.0.113.10", "203.0.113.25", "203.0.113.200", "198.51.100.7", "198.51.100.8", "192.0.2.15",
        "192.0.2.140", "198.18.77.1", "2001:db8:1234::42", "2001:db8:8000::5", "198.51.100.80", "198.19.42.5",
        "198.51.100.23", "192.0.2.99", "2001:db8:dead:beef::1", "198.51.100.250", "192.0.2.8", "203.0.113.77",
    ]
}
