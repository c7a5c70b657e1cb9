import Foundation
import TerminalKit

/// Where "the log cannot be written" goes, once per process run: standard error while the CLI owns it, the
/// terminal app's error flash once the app has taken the screen (`redirect(to:)`). Thread-safe; the log
/// handler calls `report` from whichever thread logged.
final class LogFailureRoute: @unchecked Sendable {
    private let lock = NSLock()
    private var target: @Sendable (String) -> Void
    private var reported: String?

    /// Reports to `target` (for the CLI: a line on standard error).
    init(target: @escaping @Sendable (String) -> Void) {
        self.target = target
    }

    /// A route that prints on the command's standard error.
    convenience init(output: OutputSink) {
        self.init(target: { output.err($0) })
    }

    /// The one sentence for a log at `path` that failed with `reason` (strerror's text).
    static func sentence(path: String, reason: String) -> String {
        "The log at \(Sanitizer.clean(path, maxColumns: 120)) cannot be written: \(Sanitizer.clean(reason)); continuing without it."
    }

    /// Hands `sentence` to the current target, the first time only.
    func report(_ sentence: String) {
        lock.lock()
        guard reported == nil else {
            lock.unlock()
            return
        }
        reported = sentence
        let target = self.target
        lock.unlock()
        target(sentence)
    }

    /// Sends future reports to `newTarget`; a failure already reported is handed to it too (the screen the
    /// app is about to draw would hide the line already printed on standard error).
    func redirect(to newTarget: @escaping @Sendable (String) -> Void) {
        lock.lock()
        target = newTarget
        let earlier = reported
        lock.unlock()
        if let earlier { newTarget(earlier) }
    }
}
