/// Why no key could be loaded. Messages never contain the key.
public enum APIKeyError: Error, Hashable, Sendable {
    case missing
    case fileNotFound(String)
    case fileUnreadable(String, reason: String)
    case notAFile(String)
    /// `mode` is the file's permission bits, e.g. 0o644.
    case fileTooOpen(String, mode: Int)
    case emptyFile(String)
    /// The text has spaces, line breaks, control or non-ASCII characters inside, or is not UTF-8: it is not one key.
    case malformed(source: String)

    public var message: String {
        switch self {
        case .missing:
            return "No API key: set SENDGRID_API_KEY, or pass --api-key-file PATH (a file only you can read). "
                + "The key is never accepted on the command line."
        case .fileNotFound(let path):
            return "The API key file \(path) does not exist."
        case .fileUnreadable(let path, let reason):
            return "The API key file \(path) cannot be read (\(reason))."
        case .notAFile(let path):
            return "The API key file \(path) is not a regular file."
        case .fileTooOpen(let path, let mode):
            return "The API key file \(path) has permissions \(octal(mode)), so group or others "
                + "can access it; it was ignored. Run `chmod 600 \(path)` and try again."
        case .emptyFile(let path):
            return "The API key file \(path) is empty; put the key (SG.…) on its first line."
        case .malformed(let source):
            return "The API key in \(source) is not a single key (it has spaces, several lines, control or non-ASCII "
                + "characters, or is not text); "
                + "it must hold only the key."
        }
    }

    private func octal(_ mode: Int) -> String {
        let digits = String(mode, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
