import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SendGridAPI

/// Finds the API key: the file given with `--api-key-file` (refused, as ssh does, when group or others have
/// any permission on it), else `SENDGRID_API_KEY`. Never from argv. No message here ever contains the key.
public enum KeyLoader {
    public static let environmentVariable = "SENDGRID_API_KEY"

    public static func load(apiKeyFile: String?, variables: [String: String]) throws -> APIKey {
        if let path = apiKeyFile {
            return try validated(readKeyFile(path), source: "The key file \(path)")
        }
        guard let value = variables[environmentVariable], !value.isEmpty else {
            throw CLIError.auth("No API key: set \(environmentVariable), or pass --api-key-file PATH "
                + "(a file only you can read: chmod 600 PATH).")
        }
        return try validated(value, source: environmentVariable)
    }

    /// Reads a key file after checking that it is a regular file with no group/other permissions.
    static func readKeyFile(_ path: String) throws -> String {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            throw CLIError.auth("Cannot read the API key file \(path): \(reason). Check the path given to --api-key-file.")
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw CLIError.auth("The API key file \(path) is not a regular file. Pass a file holding only the key.")
        }
        let permissions = info.st_mode & 0o777
        guard permissions & 0o077 == 0 else {
            let octal = String(permissions, radix: 8)
            throw CLIError.auth("Permissions 0\(octal) for the API key file \(path) are too open: group or others can access it. "
                + "Run `chmod 600 \(shellQuoted(path))` and try again.")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError.auth("Cannot read the API key file \(path). Check that you own it and can read it.")
        }
        guard data.count <= 4096 else {
            throw CLIError.auth("The API key file \(path) is larger than 4 KiB; it should hold only the key.")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Trims surrounding whitespace and refuses keys that would be unsafe in an HTTP header.
    static func validated(_ raw: String, source: String) throws -> APIKey {
        let key = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !key.isEmpty else {
            throw CLIError.auth("\(source) holds no key. Put the API key (SG.…) in it.")
        }
        guard key.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) else {
            throw CLIError.auth("\(source) holds spaces, control or non-ASCII characters inside the key; "
                + "an API key is one line of printable ASCII. Fix it and try again.")
        }
        return APIKey(key)
    }

    static func shellQuoted(_ path: String) -> String {
        let safe = path.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "/._-+~".unicodeScalars.contains($0) }
        return safe ? path : "'" + path.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}
