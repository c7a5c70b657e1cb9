import TerminalUI

/// Unix seconds as "2024-05-01 12:34:56 UTC", computed without locale or time zone state: TerminalUI's
/// minute-precision `TimeFormat.utc` ("2024-05-01 12:34 UTC") with the seconds added, since scripts and logs
/// want them.
public enum Timestamp {
    public static func utc(_ seconds: Int64) -> String {
        let minute = TimeFormat.utc(seconds).dropLast(" UTC".count)
        let second = (seconds % 60 + 60) % 60
        return "\(minute):\(second < 10 ? "0" : "")\(second) UTC"
    }
}
