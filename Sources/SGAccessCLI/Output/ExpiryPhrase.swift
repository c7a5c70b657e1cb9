import Foundation

/// An expiry relative to now, for tables: "in 45m", "in 3h", "in 12d", or "expired".
enum ExpiryPhrase {
    static func of(_ expires: Date, now: Date) -> String {
        let seconds = Int64(expires.timeIntervalSince(now).rounded(.up))
        guard seconds > 0 else { return "expired" }
        let minutes = (seconds + 59) / 60
        if minutes < 60 { return "in \(minutes)m" }
        let hours = seconds / 3600
        if hours < 48 { return "in \(hours)h" }
        return "in \(seconds / 86_400)d"
    }
}
