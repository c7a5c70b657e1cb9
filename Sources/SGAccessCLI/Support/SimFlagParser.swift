import Foundation
import SendGridSimulator
import TerminalKit

/// Parses the `sim` flags whose values have a small syntax of their own. Errors are usage errors naming the
/// flag; a scoped key's text is never repeated in them.
enum SimFlagParser {
    /// `KEY=scope1,scope2` (scope names as in `SimulatorScope`).
    static func scopedKey(_ text: String) throws -> (key: String, scopes: Set<SimulatorScope>) {
        guard let equals = text.firstIndex(of: "=") else {
            throw CLIError.usage(
                "--scoped-key takes KEY=SCOPES, e.g. KEY=access_settings.whitelist.read; the '=' is missing.")
        }
        let key = String(text[..<equals])
        guard !key.isEmpty, key.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) }) else {
            throw CLIError.usage("--scoped-key: the key before '=' must be printable ASCII without spaces.")
        }
        let list = String(text[text.index(after: equals)...])
        do {
            let scopes = try SimulatorScope.parseList(list)
            guard !scopes.isEmpty else {
                throw CLIError.usage(
                    "--scoped-key: name at least one scope after '=' "
                        + "(\(SimulatorScope.allCases.map(\.rawValue).joined(separator: ", "))).")
            }
            return (key, scopes)
        } catch let error as SimulatorError {
            throw CLIError.usage("--scoped-key: \(Sanitizer.clean(error.description, maxColumns: 300))")
        }
    }

    /// `N` requests per 60 seconds, or `N/WINDOW` with WINDOW in seconds (`100/10`, `100/10s`).
    static func rateLimit(_ text: String) throws -> SimulatorRateLimit {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        let window = parts.count == 2 ? String(parts[1].hasSuffix("s") ? parts[1].dropLast() : parts[1]) : "60"
        guard parts.count <= 2, let limit = Int(parts[0]), limit >= 1, let seconds = Int(window), seconds >= 1 else {
            throw CLIError.usage(
                "--rate-limit takes N or N/WINDOW: at least 1 request per window of at least 1 second, "
                    + "e.g. 100 or 100/60 (got '\(Sanitizer.clean(text, maxColumns: 40))').")
        }
        return SimulatorRateLimit(limit: limit, windowSeconds: seconds)
    }

    /// Seconds (`2`, `0.5`, `2s`) or milliseconds (`500ms`); more than zero and at most an hour.
    static func duration(_ text: String, flag: String) throws -> Duration {
        let milliseconds: Double?
        if text.hasSuffix("ms") {
            milliseconds = Double(text.dropLast(2))
        } else {
            milliseconds = Double(text.hasSuffix("s") ? String(text.dropLast()) : text).map { $0 * 1000 }
        }
        guard let milliseconds, milliseconds.isFinite, milliseconds >= 1, milliseconds <= 3_600_000 else {
            throw CLIError.usage(
                "\(flag) takes seconds (2, 0.5) or milliseconds (500ms) between 1 ms and an hour "
                    + "(got '\(Sanitizer.clean(text, maxColumns: 40))').")
        }
        return .milliseconds(Int64(milliseconds.rounded()))
    }

    /// Comma-separated 5xx statuses (`500,503`).
    static func statuses(_ text: String) throws -> [Int] {
        let values = text.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !values.isEmpty, values.allSatisfy({ $0.map { (500...599).contains($0) } ?? false }) else {
            throw CLIError.usage("--error-statuses takes statuses from 500 to 599 separated by commas, e.g. 500,503.")
        }
        return values.compactMap { $0 }
    }
}
