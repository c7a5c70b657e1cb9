import AccessCore
import Foundation
import TerminalKit

/// `allow --note TEXT --expires WHEN`: the annotation the added rules get, and its update on ranges that are
/// already on the list (reported on standard error; the notes store is local, SendGrid sees nothing of it).
extension AllowCommand {
    /// The annotation `--note` and `--expires` ask for; nil when neither is given. A bad expiry is a usage error.
    func wantedAnnotation(now: Date, by actor: JournalActor) throws -> Annotation? {
        guard note != nil || expires != nil else { return nil }
        var instant: Date?
        if let expires {
            switch ExpirySpec.parse(expires, now: now) {
            case .success(let date): instant = date
            case .failure(let failure): throw CLIError.usage("--expires: " + failure.message)
            }
        }
        let annotation = Annotation(note: note, expires: instant, updated: now, by: actor.signature)
        guard !annotation.isEmpty else { throw CLIError.usage("--note is empty: write the note, or leave it out.") }
        return annotation
    }

    /// Sets `annotation` on the ranges the plan skipped because they are already on the list; true when it did.
    /// A dry run only says what it would do.
    func updateAnnotations(of plan: AllowPlan, to annotation: Annotation?, context: CommandContext) throws -> Bool {
        guard let annotation else { return false }
        let present = plan.skipped.filter { $0.ruleID != nil }.map(\.entry.range.description)
        guard !present.isEmpty else { return false }
        let names = present.joined(separator: ", ")
        let what = [
            annotation.note.map { "note \"\(Sanitizer.clean($0, maxColumns: 60))\"" },
            annotation.expires.map { "expiry \(ExpirySpec.format($0))" },
        ].compactMap { $0 }.joined(separator: " and ")
        if dryRun {
            context.note("Would set the \(what) of \(names), already on the list (dry run).")
            return true
        }
        do {
            try context.ledger.updateAnnotations { annotations in
                for range in present {
                    var merged = annotations[range] ?? Annotation()
                    if annotation.note != nil { merged.note = annotation.note }
                    if annotation.expires != nil { merged.expires = annotation.expires }
                    merged.updated = annotation.updated
                    merged.by = annotation.by
                    annotations[range] = merged
                }
            }
        } catch {
            throw CLIError(.refused, "Refused: the \(what) could not be stored. \(error.message)")
        }
        context.note("Set the \(what) of \(names), already on the list.")
        return true
    }
}
