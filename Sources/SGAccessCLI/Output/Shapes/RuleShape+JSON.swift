extension RuleShape {
    /// The rule's fields in sorted key order at the indentation of a `ListShape.Row`, each on its own line
    /// (comma-separated, no line feed after the last), with a row's `expires` and `note` in their sorted places.
    func writeFields(to writer: inout JSONByteWriter, expires: Int64?, note: String?) {
        writer.raw("      \"created_at\" : ")
        writer.int(createdAt)
        writer.raw(",\n      \"expires\" : ")
        if let expires { writer.int(expires) } else { writer.raw("null") }
        writer.raw(",\n      \"id\" : ")
        writer.int(Int64(id))
        writer.raw(",\n      \"ip\" : ")
        writer.string(ip)
        writer.raw(",\n      \"note\" : ")
        if let note { writer.string(note) } else { writer.raw("null") }
        writer.raw(",\n      \"range\" : ")
        if let range { writer.string(range) } else { writer.raw("null") }
        writer.raw(",\n      \"updated_at\" : ")
        writer.int(updatedAt)
    }
}
