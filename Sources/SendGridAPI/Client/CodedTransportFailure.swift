/// A transport failure given as a `URLError` code (NSURLErrorDomain, e.g. -1001 timed out) and the stack's own
/// description. The URLSession transport (the `SendGridURLSession` target, linked only by tests and the measuring
/// build) throws this instead of `URLError`, so that this module never links FoundationNetworking (libcurl and the
/// ~50 libraries it loads); `NetworkFailure` turns it into the same sentences as any other transport's errors.
public struct CodedTransportFailure: Error, Sendable, Hashable {
    /// The `URLError.Code` raw value.
    public let code: Int
    /// The stack's description (libcurl's on Linux), nil when it says nothing the code does not.
    public let detail: String?

    public init(code: Int, detail: String? = nil) {
        self.code = code
        self.detail = detail
    }
}
