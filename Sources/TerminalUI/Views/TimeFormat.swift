/// Times as the screen shows them: coarse relative steps (so an idle screen stays still) and absolute UTC.
///
/// The age rule: under a minute "now"; then whole minutes ("4m") under an hour, hours ("3h") under a day, days
/// ("410d") under 1000 days, years of 365 days ("11y") after that. When the text does not fit the column it is
/// drawn in, the next coarser unit of m → h → d → w → y is used ("58w" in three columns for 410 days); when not
/// even years fit, the largest number of years that fits, with "+" ("99y+"). An age is never cut.
public enum TimeFormat {
    static let units: [(suffix: String, seconds: Int64)] = [
        ("m", 60), ("h", 3600), ("d", 86_400), ("w", 7 * 86_400), ("y", 365 * 86_400),
    ]

    /// The age in at most `width` columns (default: the four of the list panes' age columns).
    public static func age(_ seconds: Int64, width: Int = 4) -> String {
        let seconds = max(0, seconds)
        if seconds < 60 { return "now" }
        let natural: Int
        switch seconds {
        case ..<3600: natural = 0
        case ..<86_400: natural = 1
        case ..<(1000 * 86_400): natural = 2
        default: natural = 4
        }
        for unit in units[natural...] {
            let text = "\(seconds / unit.seconds)\(unit.suffix)"
            if DisplayWidth.of(text) <= width { return text }
        }
        let digits = max(1, width - 2)
        return String(repeating: "9", count: digits) + "y+"
    }

    /// "just now", "3m ago", "2h ago", "11y ago" (in any width).
    public static func ago(_ seconds: Int64) -> String {
        let a = age(seconds, width: .max)
        return a == "now" ? "just now" : "\(a) ago"
    }

    /// For the header's "updated …": seconds under a minute ("7s ago"), then as `ago` ("3m ago").
    public static func since(_ seconds: Int64) -> String {
        seconds < 60 ? "\(max(0, seconds))s ago" : ago(seconds)
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
