import AccessCore

/// Figures for the domain core at 100 000 rules (the spec says "no limit"). Prints; never asserts.
enum CoreBenchmarks {
    static let ruleCount = 100_000
    static let lookupCount = 100_000

    static func run() {
        print("== core (\(ruleCount) rules; best of 5 runs)")
        var rng = BenchRNG(seed: 2024)
        let rules = (0..<ruleCount).map { AllowRule(id: $0 + 1, range: randomRange(&rng), createdAt: 0, updatedAt: 0) }
        let addresses = (0..<lookupCount).map { _ in randomAddress(&rng) }
        let texts = rules.map(\.ip)
        let joined = texts.joined(separator: ", ")

        var index = CoverageIndex(rules: [])
        report("index build, \(ruleCount) rules", best { index = CoverageIndex(rules: rules) })

        var hits = 0
        report(
            "\(lookupCount) lookups (isCovered)",
            best {
                hits = 0
                for a in addresses where index.isCovered(a) { hits += 1 }
            }, per: lookupCount, note: "\(hits) covered")
        report(
            "\(lookupCount) lookups (rules(covering:))",
            best {
                hits = 0
                for a in addresses { hits += index.rules(covering: a).count }
            }, per: lookupCount, note: "\(hits) matches")

        var overlapping = 0
        report(
            "filter: rules(overlapping: 10.0.0.0/8)",
            best {
                overlapping =
                    index.positions(overlapping: CIDR(address: IPAddress(v4: 10, 0, 0, 0), prefixLength: 8)).count
            }, note: "\(overlapping) rules")
        report(
            "filter: rules(overlapping: 0.0.0.0/0)",
            best {
                overlapping = index.positions(overlapping: CIDR(address: IPAddress(v4: 0), prefixLength: 0)).count
            }, note: "\(overlapping) rules")

        let mine = [rules[4242].range!.first, addresses[0], IPAddress(v4: 203, 0, 113, 10)]
        let removal = ProposedChange.remove(ids: Array(stride(from: 1, through: ruleCount, by: 100)))
        var verdict = LockoutVerdict.safe
        report(
            "lockout: remove 1000 ids, prebuilt index",
            best {
                verdict = LockoutAnalysis.evaluate(index: index, change: removal, mine: mine)
            }, note: kind(verdict))
        report(
            "lockout: remove 1000 ids, from [AllowRule]",
            best {
                verdict = LockoutAnalysis.evaluate(rules: rules, change: removal, mine: mine)
            }, note: kind(verdict) + " (includes the index build)")
        report(
            "lockout: replaceAll with \(ruleCount) ranges",
            best {
                verdict = LockoutAnalysis.evaluate(
                    index: index, change: .replaceAll(rules.compactMap(\.range)), mine: mine)
            }, note: kind(verdict))

        var parsed = 0
        report(
            "parse \(ruleCount) entries one by one",
            best {
                parsed = 0
                for t in texts { if case .success = AllowEntryParser.parse(t) { parsed += 1 } }
            }, per: ruleCount, note: "\(parsed) ok")
        report(
            "parseList of one \(joined.utf8.count / 1024) KiB input",
            best {
                parsed = AllowEntryParser.parseList(joined).count
            }, note: "\(parsed) entries")
        var chars = 0
        report(
            "format \(ruleCount) ranges",
            best {
                chars = 0
                for r in rules { chars += r.range!.description.utf8.count }
            }, per: ruleCount)

        let attempts = addresses.prefix(10_000).enumerated().map {
            AccessAttempt(
                ip: $1.description, allowed: $0 % 3 == 0, authMethod: "API", location: "", firstAt: 0, lastAt: Int64($0)
            )
        }
        var triaged: [TriagedAttempt] = []
        report(
            "triage + sort 10000 attempts",
            best {
                triaged = Triage.sorted(Triage.triage(attempts, index: index))
            }, note: "\(triaged.filter { $0.status == .blocked }.count) blocked")
    }

    static func best(_ runs: Int = 5, _ body: () -> Void) -> Duration {
        let clock = ContinuousClock()
        return (0..<runs).map { _ in clock.measure(body) }.min()!
    }

    static func report(_ label: String, _ d: Duration, per count: Int? = nil, note: String = "") {
        let ms = Double(d.components.seconds) * 1e3 + Double(d.components.attoseconds) / 1e15
        var line = "\(label.padding(toLength: 48)) \(format(ms)) ms"
        if let count { line += "  (\(format(ms * 1e6 / Double(count))) ns each)" }
        if !note.isEmpty { line += "  [\(note)]" }
        print(line)
    }

    static func format(_ x: Double) -> String {
        // Integer arithmetic: `rounded()` would need libm, which this target does not link.
        let hundredths = Int(x * 100 + 0.5)
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    static func kind(_ v: LockoutVerdict) -> String {
        switch v {
        case .safe: return "safe"
        case .locksOut(let a): return "locksOut \(a.count)"
        case .enablesEnforcementWithout(let a): return "enablesEnforcementWithout \(a.count)"
        case .removesEverything: return "removesEverything"
        }
    }

    /// 80 % IPv4 (10.0.0.0–17.255.255.255, /16–/32, so ranges nest and overlap), 20 % IPv6 (/48, /56, /64 or /128
    /// inside 2001:db8::/32).
    static func randomRange(_ rng: inout BenchRNG) -> CIDR {
        let address = randomAddress(&rng)
        let prefix = address.family == .v4 ? 16 + Int(rng.next() % 17) : [48, 56, 64, 128][Int(rng.next() % 4)]
        return CIDR(address: address, prefixLength: prefix)
    }

    static func randomAddress(_ rng: inout BenchRNG) -> IPAddress {
        if rng.next() % 5 == 0 {
            let site = UInt128(rng.next() & 0xFFFF_FFFF) << 64, host = UInt128(rng.next() & 0xFFFF)
            return IPAddress(v6: UInt128(0x2001_0db8) << 96 | site | host)
        }
        return IPAddress(v4: UInt32(10 + rng.next() % 8) << 24 | UInt32(truncatingIfNeeded: rng.next() & 0xFF_FFFF))
    }
}

/// Reproducible figures.
typealias BenchRNG = SplitMix64

private extension String {
    func padding(toLength n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
}
