import AccessCore

/// The widths of the allow list's columns: the rule column takes up to 43 (an IPv6 range). When the account has
/// notes, the rule column takes what the rules on screen need (at least 18, an IPv4 /32) and a note column the
/// rest; where that is short, the size column gives way.
struct RuleColumns {
    /// Marks, id and age, with their gaps.
    static let fixed = 17
    static let sizeColumn = 11
    let rule: Int
    let note: Int
    let showsSize: Bool

    init(width: Int, hasNotes: Bool, widestRule: Int = 43) {
        guard hasNotes else {
            rule = max(8, min(43, width - Self.fixed - Self.sizeColumn))
            note = 0
            showsSize = true
            return
        }
        showsSize = width - Self.fixed - Self.sizeColumn >= 18 + 1 + 20
        let available = width - Self.fixed - (showsSize ? Self.sizeColumn : 0)
        rule = max(8, min(43, max(18, widestRule), available - 1 - 12))
        note = max(0, available - 1 - rule)
    }

    func noteText(_ text: String) -> String { note > 0 ? " " + TextLayout.fit(text, to: note) : "" }
    func sizeText(_ text: String) -> String { showsSize ? " " + TextLayout.fit(text, to: 10, align: .right) : "" }

    /// Below this width the expiry marker is compact ("7d left"), so that the note after it still shows.
    static let compactNoteWidth = 30

    /// The note column of a rule: its expiry marker first ("expired 2h ago", "expires in 3h"; "expired", "3h left"
    /// in a column narrower than `compactNoteWidth`), then its note, sanitised.
    static func note(_ annotation: Annotation?, now: Int64, width: Int = .max) -> String {
        guard let annotation else { return "" }
        var parts: [String] = []
        if let expires = annotation.expires {
            parts.append(
                width < compactNoteWidth
                    ? ExpiryText.compact(expires.unix, now: now) : ExpiryText.marker(expires.unix, now: now))
        }
        if let note = annotation.note { parts.append(Sanitizer.clean(note, maxColumns: 200)) }
        return parts.joined(separator: " · ")
    }
}
