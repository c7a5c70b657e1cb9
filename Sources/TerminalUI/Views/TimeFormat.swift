/// Times as the screen shows them: coarse relative steps (so an idle screen stays still) and absolute UTC.
public enum TimeFormat {
    /// "now" under a minute, then "4m", "3h", "2d".
    public static func age(_ seconds: Int64) -> String {
        if seconds < 60 { return "now" }
        if seconds < 3600 { return "\(seconds / 60)m" }
        if seconds < 86_400 { return "\(seconds / 3600)h" }
        return "\(seconds / 86_400)d"
    }

    /// "just now", "3m ago", "2h ago".
    public static func ago(_ seconds: Int64) -> String {
        let a = age(seconds)
        return a == "now" ? "just now" : "\(a) ago"
    }

    /// "2024-05-01 12:34 UTC", computed without the C library or locale.
    public static func utc(_ unix: Int64) -> String {
        let days = unix >= 0 ? unix / 86_400 : (unix - 86_399) / 86_400
        let secs = unix - days * 86_400
        // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return "\(y)-\(pad(m))-\(pad(d)) \(pad(secs / 3600)):\(pad(secs / 60 % 60)) UTC"
    }

    static func pad(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
