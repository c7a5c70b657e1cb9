import Foundation

/// Parses the expiry an operator types: a duration from now (`30m`, `2h`, `7d`, `2w`), a date (`2026-12-31`,
/// meaning 00:00 UTC that day: the rule is gone when the day begins) or an instant in ISO 8601
/// (`2026-12-31T12:00:00Z`, `2026-12-31T12:00:00+01:00`).
public enum ExpirySpec {
    public struct Failure: Error, Hashable, Sendable {
        public let message: String
    }

    /// The instant `text` names, relative to `now` for durations. An expiry that is not after `now` is refused:
    /// a rule that expires at once is a removal, and should be one.
    public static func parse(_ text: String, now: Date) -> Result<Date, Failure> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let instant = duration(trimmed).map({ now.addingTimeInterval($0) }) ?? instant(trimmed) else {
            return .failure(
                Failure(
                    message:
                        "'\(trimmed.prefix(40))' is not an expiry: write a duration (30m, 2h, 7d, 2w), a date (2026-12-31) or an ISO 8601 time (2026-12-31T12:00:00Z)."
                ))
        }
        guard instant > now else {
            return .failure(
                Failure(message: "The expiry \(format(instant)) is not in the future; remove the rule instead."))
        }
        return .success(instant)
    }

    /// An ISO 8601 instant or a plain date (00:00 UTC); nil otherwise. Also reads `--as-of`.
    public static func instant(_ text: String) -> Date? {
        if text.count == 10, let day = dayFormatter().date(from: text) { return day }
        let full = ISO8601DateFormatter()
        if let date = full.date(from: text) { return date }
        full.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return full.date(from: text)
    }

    /// Seconds for `30m`, `2h`, `7d`, `2w` (a positive whole number and one unit); nil otherwise.
    public static func duration(_ text: String) -> TimeInterval? {
        guard let unit = text.last, let count = Int(text.dropLast()), count > 0, count < 100_000 else { return nil }
        switch unit {
        case "m": return TimeInterval(count) * 60
        case "h": return TimeInterval(count) * 3600
        case "d": return TimeInterval(count) * 86_400
        case "w": return TimeInterval(count) * 604_800
        default: return nil
        }
    }

    /// `2027-01-01` for midnight UTC, else `2027-01-01T12:00:00Z`: the form export writes and parse reads back.
    public static func format(_ instant: Date) -> String {
        let seconds = Int64(instant.timeIntervalSince1970.rounded(.down))
        if seconds % 86_400 == 0 { return dayFormatter().string(from: instant) }
        return ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    private static func dayFormatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.isLenient = false
        return formatter
    }
}
