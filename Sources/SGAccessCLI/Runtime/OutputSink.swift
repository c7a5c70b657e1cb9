import Foundation
import TerminalKit

/// Where a command writes: `out` is standard output (results, tables, JSON), `err` standard error
/// (notes, warnings, errors, prompts). Each call writes one or more whole lines; the sink adds the newline.
public struct OutputSink: Sendable {
    public var out: @Sendable (String) -> Void
    public var err: @Sendable (String) -> Void

    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void) {
        self.out = out
        self.err = err
    }

    /// The process's standard output and error, written with `write(2)` line by line (so `sim` can be read by
    /// a pipe); a closed pipe or a full disk drops the text instead of ending the process.
    public static let standard = OutputSink(
        out: { text in RawWrite.text(STDOUT_FILENO, text + "\n") },
        err: { text in RawWrite.text(STDERR_FILENO, text + "\n") }
    )

    /// This sink behind TerminalKit's one sanitiser: every line that reaches it (a result, a table, an error
    /// quoting argv, the environment or the server) has its hostile scalars replaced; line feeds and tabs of
    /// our own multi-line messages are kept. `SGAccessProgram.run` applies it to whatever sink it is given.
    public var sanitizing: OutputSink {
        let out = self.out
        let err = self.err
        return OutputSink(out: { out(Sanitizer.cleanLines($0)) }, err: { err(Sanitizer.cleanLines($0)) })
    }
}
