/// The list as read back after `allow` or `remove`: `{"count", "enforced"}`; null on a dry run or when nothing
/// was sent.
struct AfterShape: Encodable, Hashable {
    let count: Int
    let enforced: Bool

    init(count: Int) {
        self.count = count
        enforced = count > 0
    }
}
