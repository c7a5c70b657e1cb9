import AccessCore

extension AccountTarget {
    /// The header's form when the full one does not fit beside the poll status: the same configured values
    /// without the words around them, e.g. "prod · sub1 · eu" or "127.0.0.1:8080 (custom URL)" (no subuser is
    /// the parent account).
    var compactDescription: String {
        ([profile, onBehalfOf].compactMap { $0 } + [endpoint.label]).joined(separator: " · ")
    }
}
