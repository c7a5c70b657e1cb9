/// An open-addressing hash table from (masked network, prefix length) to the first rule position of a chain.
///
/// Replaces `[UInt128: Int32]` dictionaries on the lookup path: a multiply-shift hash and linear probing over flat
/// arrays cost a fraction of SipHash plus a dictionary per prefix length. Insert-only; built once per index.
struct PrefixHashTable: Sendable {
    private var networks: [UInt128]
    private var prefixes: [UInt8]
    /// Rule position per slot; -1 marks an empty slot.
    private var heads: [Int32]
    private let shift: UInt64
    private let slotMask: Int

    /// A table for up to `count` distinct keys, at most half full.
    init(capacityFor count: Int) {
        var bits: UInt64 = 4
        while (1 << bits) < count * 2 { bits += 1 }
        let size = 1 << Int(bits)
        networks = [UInt128](repeating: 0, count: size)
        prefixes = [UInt8](repeating: 0, count: size)
        heads = [Int32](repeating: -1, count: size)
        shift = 64 - bits
        slotMask = size - 1
    }

    /// Sets the head for a key; returns the previous head when the key was present.
    mutating func updateHead(network: UInt128, prefix: Int, position: Int32) -> Int32? {
        var slot = self.slot(network, prefix)
        while heads[slot] >= 0 {
            if networks[slot] == network && prefixes[slot] == UInt8(prefix) {
                defer { heads[slot] = position }
                return heads[slot]
            }
            slot = (slot + 1) & slotMask
        }
        networks[slot] = network
        prefixes[slot] = UInt8(prefix)
        heads[slot] = position
        return nil
    }

    func head(network: UInt128, prefix: Int) -> Int32? {
        var slot = self.slot(network, prefix)
        while true {
            let head = heads[slot]
            if head < 0 { return nil }
            if networks[slot] == network && prefixes[slot] == UInt8(prefix) { return head }
            slot = (slot + 1) & slotMask
        }
    }

    private func slot(_ network: UInt128, _ prefix: Int) -> Int {
        let low = UInt64(truncatingIfNeeded: network), high = UInt64(truncatingIfNeeded: network >> 64)
        let mixed =
            (low ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ (UInt64(prefix) &* 0x1656_67B1_9E37_79F9)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> shift) & slotMask
    }
}
