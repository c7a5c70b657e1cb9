import Dispatch
import TerminalUI

extension AppRuntime {
    /// Shows `sentence` (why the log file cannot be written) as the running app's error flash. Callable from any
    /// thread, e.g. a log handler's: it hops to the main queue, where the app's actor lives, and does nothing
    /// when no app is running. The app never prints on the terminal it owns; this is how such news reaches it.
    public nonisolated static func reportLogWriteFailure(_ sentence: String) {
        DispatchQueue.main.async {
            MainActor.assumeIsolated { () -> Void in
                current?.dispatch(.logWriteFailed(sentence))
            }
        }
    }
}
