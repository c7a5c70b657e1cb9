import AccessCore
import TerminalKit

/// What `apply` changed: the rules SendGrid created, those removed, the list read back, the journal entry, the
/// guard's verdict as sent, and how many notes changed. Empty when only notes changed.
struct ApplyResult {
    var created: [AllowRule] = []
    var removed: [AllowRule] = []
    /// The list read back; nil when nothing was sent, or when SendGrid refuses this host now (403).
    var after: [AllowRule]? = nil
    var entry: String? = nil
    var lockout: LockoutShape? = nil
    var annotationsUpdated = 0

    /// The human report.
    func lines(_ review: ListFileReview) -> [String] {
        var out = [
            "Applied \(review.input.name): added \(created.count), removed \(removed.count), "
                + "\(annotationsUpdated) note\(annotationsUpdated == 1 ? "" : "s") changed."
        ]
        out += created.map { "  + #\($0.id) \(Sanitizer.clean($0.ip, maxColumns: 45))" }
        out += removed.map { "  - #\($0.id) \(Sanitizer.clean($0.ip, maxColumns: 45))" }
        if let entry { out.append("Journal entry \(entry) (`sgaccess undo \(entry)` puts it back).") }
        if entry != nil { out.append(ChangeReadBack.summary(after)) }
        return out
    }
}
