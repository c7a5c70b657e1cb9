import AccessCore

extension DetailLines {
    /// The note, the expiry and who set them when (from the local annotations store; sanitised).
    static func annotationLines(_ annotation: Annotation?, now: Int64) -> [(String, String, Style)] {
        guard let annotation else { return [] }
        var out: [(String, String, Style)] = [
            ("Note", annotation.note.map { Sanitizer.clean($0, maxColumns: 200) } ?? "none", Theme.text)
        ]
        if let expires = annotation.expires {
            let expired = expires.unix <= now
            out.append(
                (
                    "Expires", "\(TimeFormat.utc(expires.unix)) (\(ExpiryText.marker(expires.unix, now: now)))",
                    expired ? Theme.warning : Theme.text
                ))
        }
        if let by = annotation.by {
            let at = annotation.updated.map { " " + DetailLines.when($0.unix, now: now) } ?? ""
            out.append(("Set by", Sanitizer.clean(by, maxColumns: 80) + at, Theme.muted))
        }
        return out
    }
}
