/// An expiry as the list and the detail pane show it: "expires in 3h", "expired 2h ago".
enum ExpiryText {
    static func marker(_ expires: Int64, now: Int64) -> String {
        if expires <= now { return "expired \(TimeFormat.ago(now - expires))" }
        let left = TimeFormat.age(expires - now, width: .max)
        return "expires in \(left == "now" ? "under a minute" : left)"
    }

    /// The same in a narrow column, so that the note after it stays visible: "7d left", "expired".
    static func compact(_ expires: Int64, now: Int64) -> String {
        if expires <= now { return "expired" }
        let left = TimeFormat.age(expires - now, width: .max)
        return left == "now" ? "<1m left" : "\(left) left"
    }
}
