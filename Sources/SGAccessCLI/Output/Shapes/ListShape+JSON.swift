extension ListShape {
    /// The bytes `JSONOutput.encode(self)` gives, without JSONEncoder: the same sorted keys, the same
    /// two-space indentation and `" : "`, `[]` for an empty array, the same escapes. Written in chunks of
    /// whole lines of about `chunkBytes` each, without the last line feed (an `OutputSink` adds it), so a
    /// 100 000-rule list never sits in memory as one string.
    func writeJSON(chunkBytes: Int = 1 << 16, to emit: (String) -> Void) {
        var writer = JSONByteWriter(capacity: chunkBytes + 4_096)
        writer.raw("{\n  \"count\" : ")
        writer.int(Int64(count))
        writer.raw(",\n  \"enforced\" : ")
        writer.bool(enforced)
        writer.raw(",\n  \"limit\" : ")
        writer.int(Int64(limit))
        guard !rules.isEmpty else {
            writer.raw(",\n  \"rules\" : []\n}")
            return emit(writer.takeAll())
        }
        writer.raw(",\n  \"rules\" : [\n")
        for (index, row) in rules.enumerated() {
            row.write(to: &writer)
            writer.raw(index == rules.count - 1 ? "\n" : ",\n")
            if writer.count >= chunkBytes { emit(writer.takeLines()) }
        }
        writer.raw("  ]\n}")
        emit(writer.takeAll())
    }
}

extension ListShape.Row {
    /// At the indentation of an element of `rules`; keys sorted, so `covers_mine` comes first.
    func write(to writer: inout JSONByteWriter) {
        writer.raw("    {\n      \"covers_mine\" : ")
        if coversMine.isEmpty {
            writer.raw("[]")
        } else {
            writer.raw("[\n")
            for (index, address) in coversMine.enumerated() {
                writer.raw("        ")
                writer.string(address)
                writer.raw(index == coversMine.count - 1 ? "\n" : ",\n")
            }
            writer.raw("      ]")
        }
        writer.raw(",\n")
        rule.writeFields(to: &writer, expires: expires, note: note)
        writer.raw("\n    }")
    }
}
