import AccessCore
import Foundation
import TerminalKit

extension ListFileReview {
    /// The plan in words: a summary line, `+`/`-`/`~` lines, the cap and the lockout guard.
    var lines: [String] {
        let plan = self.plan
        guard !plan.isEmpty else {
            return ["The live list matches \(input.name): \(Self.rules(plan.unchanged.count)), nothing to change."]
        }
        var out = [
            "Plan for \(input.name): \(plan.adds.count) to add, \(plan.removes.count) to remove, "
                + "\(plan.unchanged.count) unchanged, \(plan.annotationChanges.count) note\(plan.annotationChanges.count == 1 ? "" : "s") to change."
        ]
        out += plan.adds.map { "  + " + $0.range.description + Self.comment($0.annotation) + Self.typed($0) }
        out += plan.removes.map { rule in
            "  - #\(rule.id) \(Sanitizer.clean(rule.ip, maxColumns: 45))"
                + Self.comment(rule.range.flatMap { annotations[$0.description] })
        }
        out += plan.annotationChanges.map { change in
            "  ~ \(change.range):" + Self.described(change.from) + " ->" + Self.described(change.to)
        }
        out.append(capacityLine)
        if let outcome { out += outcome.dryRunLines }
        return out
    }

    /// The cap, with the adds counted before the removals.
    var capacityLine: String {
        if let capacity { return "Cap: would refuse this (exit 3). " + capacity.message }
        let afterAdds = live.count + plan.adds.count
        return "Cap: \(Self.rules(afterAdds)) after the adds, \(Self.rules(afterAdds - plan.removes.count)) after "
            + "the removals (limit \(Limits.maxRules))."
    }

    /// Warnings about the file and the live list, for standard error.
    var notes: [String] {
        input.document.warnings.map { "Warning: \(input.name) \($0)" }
            + plan.unparsable.map {
                "Warning: rule #\($0.id) '\(Sanitizer.clean($0.ip, maxColumns: 45))' is not a range, so no file can "
                    + "name it; it is left alone (remove it with `sgaccess remove \($0.id)`)."
            }
    }

    static func rules(_ count: Int) -> String { count == 1 ? "1 rule" : "\(count) rules" }

    static func comment(_ annotation: Annotation?) -> String {
        guard let annotation, !annotation.isEmpty else { return "" }
        return "  #" + described(annotation)
    }

    /// " note \"build agent\" expires 2027-01-01", or " no note".
    static func described(_ annotation: Annotation?) -> String {
        guard let annotation, !annotation.isEmpty else { return " no note" }
        var parts: [String] = []
        if let note = annotation.note { parts.append(" \"\(Sanitizer.clean(note, maxColumns: 80))\"") }
        if let expires = annotation.expires { parts.append(" expires=\(ExpirySpec.format(expires))") }
        return parts.joined()
    }

    /// "  (line 4: 1.2.3.*)" when the file wrote the range another way.
    static func typed(_ entry: ListDocument.Entry) -> String {
        let input = Sanitizer.clean(entry.input, maxColumns: 45)
        return input.lowercased() == entry.range.description ? "" : "  (line \(entry.line): \(input))"
    }
}
