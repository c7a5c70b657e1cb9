extension RuleShape {
    /// The rule's fields in sorted key order at the indentation of a `ListShape.Row`, each on its own line
    /// (comma-separated, no line feed after the last).
    func writeFields(to writer: inout JSONByteWriter) {
        writer.raw("      \"created_at\" : ")
        writer.int(createdAt)
        writer.raw(",\n      \"id\" : ")
        writer.int(Int64(id))
        writer.raw(",\n      \"ip\" : ")
        writer.string(ip)
        writer.raw(",\n      \"range\" : ")
        if let range { writer.string(range) } else { writer.raw("null") }
        writer.raw(",\n      \"updated_at\" : ")
        writer.int(updatedAt)
    }
}
