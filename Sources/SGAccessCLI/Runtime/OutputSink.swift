import Foundation

/// Where a command writes: `out` is standard output (results, tables, JSON), `err` standard error
/// (notes, warnings, errors, prompts). Each call writes one or more whole lines; the sink adds the newline.
public struct OutputSink: Sendable {
    public var out: @Sendable (String) -> Void
    public var err: @Sendable (String) -> Void

    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void) {
        self.out = out
        self.err = err
    }

    /// The process's standard output and error, flushed after every line (so `sim` can be read by a pipe).
    public static let standard = OutputSink(
        out: { text in
            FileHandle.standardOutput.write(Data((text + "\n").utf8))
        },
        err: { text in
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
    )
}
