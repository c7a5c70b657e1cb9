import AccessCore
import Foundation

/// A confirmation: the change it guards, unchanged until confirmed, and what the operator is told.
public struct ConfirmDialog: Hashable, Sendable {
    public let mutation: Mutation
    public let title: String
    /// Target and consequence, then any warnings (lockout verdict, hidden marks), one sentence each.
    public let lines: [String]
    /// The equivalent API call, e.g. `DELETE /v3/access_settings/whitelist/12`.
    public let apiCall: String
    /// When set, the operator must type `expected` (an address or a range) and press Enter; `y` is plain text.
    public var typed: TypedConfirmation?
    /// The guard's judgement the dialog was built from; a re-check compares its `decisive` part.
    public let assessment: GuardAssessment
    /// An add's optional note (`N` edits it); nil for removals and undos, whose notes come from the journal.
    public var note: NoteField? = nil
    /// An add's expiry, from the `n` dialog.
    public var expires: Date? = nil
    /// The journal kind when it is not the mutation's own (`.expire` for `E`).
    public var journalKind: JournalKind? = nil

    /// What goes with the change when it is confirmed.
    var outgoing: Outgoing {
        let annotation = Annotation(note: note?.text, expires: expires)
        return Outgoing(
            mutation: mutation, annotation: annotation.isEmpty ? nil : annotation, kind: journalKind,
            overrides: typed.map { ["typed \($0.expected)"] } ?? [])
    }

    /// The same dialog carrying what an earlier one for the change carried (a re-check that opens a new one).
    func carrying(_ outgoing: Outgoing?) -> ConfirmDialog {
        guard let outgoing, outgoing.mutation == mutation else { return self }
        var next = self
        if next.note != nil { next.note = NoteField(text: outgoing.annotation?.note ?? "") }
        next.expires = outgoing.annotation?.expires
        return next
    }
}
