import Foundation

/// Loads the API key from `--api-key-file PATH` or the `SENDGRID_API_KEY` environment variable — never from the
/// command line, where `ps` and shell history would show it. A key file readable or writable by group or others is
/// refused, as ssh refuses such private keys.
public enum APIKeyLoader {
    public static let environmentKey = "SENDGRID_API_KEY"
    /// Larger files are certainly not a key file.
    static let maxFileSize = 4096

    /// Where the key came from (for a status line; never the key itself).
    public enum Source: Hashable, Sendable {
        case environment
        case file(String)
    }

    /// A key file, when given, wins over the environment.
    public static func load(
        environment: [String: String], keyFilePath: String? = nil
    ) -> Result<(key: APIKey, source: Source), APIKeyError> {
        if let path = keyFilePath {
            return loadFile(path).map { (APIKey($0), .file(path)) }
        }
        guard let value = environment[environmentKey]?.trimmingSpacesAndNewlines(), !value.isEmpty else {
            return .failure(.missing)
        }
        guard isOneKey(value) else { return .failure(.malformed(source: environmentKey)) }
        return .success((APIKey(value), .environment))
    }

    static func loadFile(_ path: String) -> Result<String, APIKeyError> {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return .failure(
                errno == ENOENT ? .fileNotFound(path) : .fileUnreadable(path, reason: String(cString: strerror(errno))))
        }
        guard info.st_mode & 0o170000 == 0o100000 else { return .failure(.notAFile(path)) }
        let permissions = Int(info.st_mode & 0o777)
        guard permissions & 0o077 == 0 else { return .failure(.fileTooOpen(path, mode: permissions)) }
        guard info.st_size <= maxFileSize else { return .failure(.malformed(source: path)) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.fileUnreadable(path, reason: "permission denied"))
        }
        guard let text = String(data: data, encoding: .utf8) else { return .failure(.malformed(source: path)) }
        let key = text.trimmingSpacesAndNewlines()
        guard !key.isEmpty else { return .failure(.emptyFile(path)) }
        guard isOneKey(key) else { return .failure(.malformed(source: path)) }
        return .success(key)
    }

    /// A key is one run of printable ASCII: spaces, control characters (which could end up raw in a header or
    /// on a terminal) and non-ASCII text mean the source holds something else.
    static func isOneKey(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { (0x21...0x7E).contains($0.value) }
    }
}
