/// Learns this host's address from SendGrid itself: every API call the app makes shows up in the account's
/// activity, so the address whose `last_at` moves at each of our polls, with an API auth method, is this host.
/// Nothing outside SendGrid is asked.
///
/// CONTRACT. Feed every activity snapshot with the time of our poll (`observe`). Between two snapshots taken at
/// least `minimumGap` seconds apart, an API address "moved" when its `last_at` grew or it newly appeared; a
/// snapshot closer than that to the previous one is ignored (SendGrid's times are whole seconds). An address
/// that moved at `requiredPolls` consecutive polls is learned and stays learned for the session (the guard gets
/// stricter, never weaker); several addresses moving in step are all learned. An address that stops moving keeps
/// its place in `learned` but its streak drops to zero.
public struct HostAddressLearner: Hashable, Sendable {
    public static let requiredPolls = 3
    public static let minimumGap: Int64 = 2

    /// The latest `last_at` of each API address in the previous snapshot.
    private var previous: [IPAddress: Int64]?
    private var previousAt: Int64 = 0
    /// Consecutive polls at which each address moved.
    public private(set) var streaks: [IPAddress: Int] = [:]
    /// Addresses learned as this host, in the order they were learned.
    public private(set) var learned: [IPAddress] = []
    /// Snapshots compared so far (the first one only sets the baseline).
    public private(set) var comparisons = 0

    public init() {}

    public mutating func observe(_ attempts: [AccessAttempt], polledAt now: Int64) {
        var latest: [IPAddress: Int64] = [:]
        for attempt in attempts where Self.isAPI(attempt.authMethod) {
            guard let address = attempt.address?.unmappingIPv4 else { continue }
            latest[address] = max(latest[address] ?? .min, attempt.lastAt)
        }
        guard let before = previous else {
            previous = latest
            previousAt = now
            return
        }
        guard now - previousAt >= Self.minimumGap else { return }
        comparisons += 1
        var next: [IPAddress: Int] = [:]
        for (address, lastAt) in latest {
            let moved = before[address].map { lastAt > $0 } ?? true
            if moved { next[address] = (streaks[address] ?? 0) + 1 }
        }
        streaks = next
        for (address, streak) in next.sorted(by: { $0.key < $1.key }) where streak >= Self.requiredPolls {
            if !learned.contains(address) { learned.append(address) }
        }
        previous = latest
        previousAt = now
    }

    /// Consecutive polls at which `address` moved (0 when it did not move at the last one).
    public func streak(of address: IPAddress) -> Int { streaks[address] ?? 0 }

    /// Learned addresses that moved at the last poll too.
    public var moving: [IPAddress] { learned.filter { streak(of: $0) > 0 } }

    static func isAPI(_ method: String) -> Bool {
        method.trimmingSpaces().lowercased() == "api"
    }
}
