/// A failure a command reports to the operator: an exit status and one or more sentences saying what happened
/// and what to do next. Messages never contain the API key.
public struct CLIError: Error, Hashable, Sendable {
    public let status: ExitStatus
    public let message: String
    /// Addresses the lockout guard would lock out (empty for other errors); listed in the JSON error object.
    public let addresses: [String]

    public init(_ status: ExitStatus, _ message: String, addresses: [String] = []) {
        self.status = status
        self.message = message
        self.addresses = addresses
    }

    static func usage(_ message: String) -> CLIError { CLIError(.usage, message) }
    static func auth(_ message: String) -> CLIError { CLIError(.auth, message) }
}

extension CLIError: CustomStringConvertible {
    public var description: String { message }
}
