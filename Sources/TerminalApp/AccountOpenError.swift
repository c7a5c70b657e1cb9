/// Why an account could not be opened, as a sentence saying what to do ("The key file … is readable by others:
/// run chmod 600 …."). Shown in the flash line; the current account stays.
public struct AccountOpenError: Error, Sendable, Hashable {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }
}
