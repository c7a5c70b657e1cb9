import AccessCore

extension ListBodyParser {
    /// What the first half's reader of a rules array found. Its rules go into an array the caller holds, not into
    /// a payload: appending the second half to rules bound out of an enum copied all of them (5–7 ms at 100 000).
    enum Head {
        /// It read the whole array (the boundary was not where a rule starts), up to the offset after `]`.
        case complete(end: Int)
        /// It stopped at the boundary, where a rule starts.
        case paused
    }

    /// Reads the rules array at `at` as `ruleArray` does into `rules`, stopping where a rule starts at `boundary`.
    mutating func headOfArray(into rules: inout [AllowRule], stoppingAt boundary: Int) -> Head? {
        guard take(UInt8(ascii: "[")) else { return nil }
        skipSpace()
        if take(UInt8(ascii: "]")) { return .complete(end: at) }
        let first = at
        while true {
            guard let rule = rule() else { return nil }
            // Room for the whole array: the second half's rules are appended here, not copied into a new one.
            if rules.isEmpty { rules.reserveCapacity(Self.estimate(bytes.count - first, first: at - first)) }
            rules.append(rule)
            skipSpace()
            guard take(UInt8(ascii: ",")) else { break }
            skipSpace()
            if at == boundary { return .paused }
        }
        return take(UInt8(ascii: "]")) ? .complete(end: at) : nil
    }

    /// The rules from `boundary` to the end of their array, and the offset after its `]`, read as `ruleArray`
    /// reads them after a comma; nil where it would fail.
    static func elements(of body: ArraySlice<UInt8>, from boundary: Int) -> (rules: [AllowRule], end: Int)? {
        body.withUnsafeBufferPointer { buffer in
            var parser = ListBodyParser(buffer)
            parser.at = boundary
            var rules: [AllowRule] = []
            repeat {
                guard let rule = parser.rule() else { return nil }
                if rules.isEmpty {
                    rules.reserveCapacity(estimate(buffer.count - boundary, first: parser.at - boundary))
                }
                rules.append(rule)
                parser.skipSpace()
            } while parser.take(UInt8(ascii: ","))
            return parser.take(UInt8(ascii: "]")) ? (rules, parser.at) : nil
        }
    }

    /// About how many rules `bytes` bytes hold when the first took `first` (room reserved at once rather than grown).
    static func estimate(_ bytes: Int, first: Int) -> Int { min(bytes / max(first, 16) + 64, 1 << 20) }

    /// The offset of the `[` after the first `"result":` in the body's first 64 kB; nil when there is none.
    static func arrayStart(_ body: ArraySlice<UInt8>) -> Int? {
        body.withUnsafeBufferPointer { buffer in
            let key: [UInt8] = Array(#""result""#.utf8)
            let limit = min(buffer.count, 64 * 1024) - key.count
            guard limit >= 0 else { return nil }
            for offset in 0...limit where buffer[offset] == key[0] {
                guard key.indices.allSatisfy({ buffer[offset + $0] == key[$0] }) else { continue }
                var parser = ListBodyParser(buffer)
                parser.at = offset + key.count
                parser.skipSpace()
                guard parser.take(UInt8(ascii: ":")) else { return nil }
                parser.skipSpace()
                return parser.at < buffer.count && buffer[parser.at] == UInt8(ascii: "[") ? parser.at : nil
            }
            return nil
        }
    }

    /// The offset of a `{` that follows `}` and `,` (spaces allowed) within 64 kB after the middle of the body: where
    /// a rule likely starts. Whether it does is for `headOfArray` to find.
    static func middleBoundary(_ body: ArraySlice<UInt8>, after start: Int) -> Int? {
        body.withUnsafeBufferPointer { buffer in
            var offset = max(start + 1, buffer.count / 2)
            let limit = min(buffer.count, offset + 64 * 1024)
            while offset < limit {
                defer { offset += 1 }
                guard buffer[offset] == UInt8(ascii: "}") else { continue }
                var parser = ListBodyParser(buffer)
                parser.at = offset + 1
                parser.skipSpace()
                guard parser.take(UInt8(ascii: ",")) else { continue }
                parser.skipSpace()
                if parser.at < buffer.count, buffer[parser.at] == UInt8(ascii: "{") { return parser.at }
            }
            return nil
        }
    }
}
