import Foundation

/// An expiry relative to now, for tables: "in 45m", "in 3h", "in 12d" (the nearest whole unit), or "expired".
enum ExpiryPhrase {
    static func of(_ expires: Date, now: Date) -> String {
        let seconds = Int64(expires.timeIntervalSince(now).rounded(.up))
        guard seconds > 0 else { return "expired" }
        let minutes = (seconds + 59) / 60
        if minutes < 60 { return "in \(minutes)m" }
        // Rounded to the nearest unit: an hour less a second is "in 1h", never "in 0h".
        let hours = (seconds + 1800) / 3600
        if hours < 48 { return "in \(hours)h" }
        return "in \((seconds + 43_200) / 86_400)d"
    }
}
