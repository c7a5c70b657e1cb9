@testable import AccessCore

/// Property tests replay exactly from their seed.
typealias SeededGenerator = SplitMix64

extension SplitMix64 {
    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }
}

/// Random addresses and ranges clustered in small neighbourhoods, so that ranges nest, overlap and repeat and
/// random addresses often fall inside them.
struct AddressFactory {
    /// A few base networks per family; everything generated lies near one of them.
    static let v4Bases: [UInt32] = [0x0A00_0000, 0xC000_0200, 0xCB00_7100, 0xC633_6400]
    static let v6Bases: [UInt128] = [0x2001_0db8 << 96, 0x2001_0db8_0001 << 80, 0xfe80 << 112]

    static func address(_ rng: inout SeededGenerator, v6Share: Double = 0.3) -> IPAddress {
        if rng.chance(v6Share) {
            // Vary only the low 16 bits and one bit high up so /64–/128 and /16–/48 ranges both get hits.
            let base = rng.pick(v6Bases)
            let low = UInt128(UInt16.random(in: 0...UInt16.max, using: &rng) & 0x00FF)
            let high: UInt128 = rng.chance(0.5) ? 1 << 70 : 0
            return IPAddress(v6: base | high | low)
        }
        let base = rng.pick(v4Bases)
        let low = UInt32.random(in: 0...0x3FF, using: &rng)
        return IPAddress(v4: base | low)
    }

    static func range(_ rng: inout SeededGenerator, v6Share: Double = 0.3) -> CIDR {
        let a = address(&rng, v6Share: v6Share)
        let prefix: Int
        if a.family == .v4 {
            prefix = rng.chance(0.03) ? Int.random(in: 0...8, using: &rng) : Int.random(in: 20...32, using: &rng)
        } else {
            prefix = rng.chance(0.1) ? Int.random(in: 0...48, using: &rng) : Int.random(in: 112...128, using: &rng)
        }
        return CIDR(address: a, prefixLength: prefix)
    }

    /// A list of rules with unique increasing ids (some unparsable, some exact duplicates of others' ranges).
    static func rules(_ rng: inout SeededGenerator, count: Int, firstID: Int = 1) -> [AllowRule] {
        var rules: [AllowRule] = []
        for i in 0..<count {
            let id = firstID + i
            if rng.chance(0.03) {
                rules.append(
                    AllowRule(
                        id: id, ip: rng.pick(["garbage", "10.0.0.256", "", "1.2.3.*.5"]), createdAt: 0, updatedAt: 0))
            } else if !rules.isEmpty, rng.chance(0.1), let range = rng.pick(rules).range {
                rules.append(AllowRule(id: id, range: range, createdAt: 0, updatedAt: 0))
            } else {
                rules.append(AllowRule(id: id, range: range(&rng), createdAt: 0, updatedAt: 0))
            }
        }
        return rules
    }
}

func rule(_ id: Int, _ text: String) -> AllowRule {
    AllowRule(id: id, ip: text, createdAt: 1_700_000_000, updatedAt: 1_700_000_000)
}

func ip(_ text: String) -> IPAddress {
    guard let address = IPAddress(text) else { fatalError("test address \(text) does not parse") }
    return address
}

func cidr(_ text: String) -> CIDR {
    guard let range = CIDR(text) else { fatalError("test range \(text) does not parse") }
    return range
}
