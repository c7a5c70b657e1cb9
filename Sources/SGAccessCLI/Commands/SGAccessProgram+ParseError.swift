import ArgumentParser
import Foundation
import TerminalKit

extension SGAccessProgram {
    /// A parse or validation error as the one sentence a JSON error object holds: the error alone, without the
    /// usage text (which goes to standard error only), its lines joined, ending with a full stop.
    static func sentence(for error: Error) -> String {
        oneSentence(SGAccessCommand.message(for: error))
    }

    /// `text` on one line: lines trimmed and joined with spaces, an "Error: " prefix dropped, a full stop added.
    static func oneSentence(_ text: String) -> String {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        var joined = lines.filter { !$0.isEmpty }.joined(separator: " ")
        if joined.hasPrefix("Error: ") { joined.removeFirst("Error: ".count) }
        joined = Sanitizer.clean(joined)
        guard let last = joined.last else { return "The command line is not valid." }
        return ".!?".contains(last) ? joined : joined + "."
    }
}
