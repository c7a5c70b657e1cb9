/// A local record (journal, notes, dismissals) that could not be read or written, as one sentence that names the
/// file and says what to do. A change whose intent cannot be journalled is not sent.
public struct LedgerError: Error, Hashable, Sendable {
    public var path: String
    /// "write", "read", "create the folder for"
    public var operation: String
    /// The system's reason ("No space left on device").
    public var reason: String

    public init(path: String, operation: String, reason: String) {
        self.path = path
        self.operation = operation
        self.reason = reason
    }

    public var message: String {
        "Could not \(operation) \(path): \(reason). Free some space or fix the folder's permissions (or set XDG_STATE_HOME to another folder), then try again."
    }
}
