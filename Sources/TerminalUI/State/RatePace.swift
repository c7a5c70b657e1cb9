import AccessCore

/// How fast the polls may go so that SendGrid's per-key budget (`X-RateLimit-*`) lasts until its reset, with a
/// reserve kept for the operator's own changes. Pure: the reducer computes it from the last answer's headers and
/// stretches every poll delay by it, so polling slows down before a 429, never only after one.
public enum RatePace: Hashable, Sendable {
    /// The budget lasts at the configured cadence.
    case normal
    /// The budget lasts only if every interval is this many times longer (more than 1).
    case stretched(Double)
    /// Nothing but the reserve is left: no poll until the window resets, this many seconds from now.
    case waitForReset(seconds: Int)

    /// The longest a poll is ever put off (the reset of a long window may be further away).
    public static let maximumDelay = 300

    /// Requests kept back for a change (re-read, POST or DELETE, the re-reads after it) and the other clients
    /// of the key: a twentieth of the budget, at least 5.
    public static func reserve(limit: Int) -> Int { max(5, limit / 20) }

    /// The pace that makes `rateLimit.remaining`, less the reserve, last until `rateLimit.reset` when one request
    /// goes out every `intervals[i]` seconds for each polled target.
    public init(rateLimit: RateLimit?, now: Int64, intervals: [Int]) {
        guard let rateLimit, rateLimit.limit > 0, rateLimit.reset > now else {
            self = .normal
            return
        }
        let untilReset = rateLimit.reset - now
        let usable = rateLimit.remaining - RatePace.reserve(limit: rateLimit.limit)
        guard usable > 0 else {
            self = .waitForReset(seconds: Int(untilReset) + 1)
            return
        }
        let needed = intervals.reduce(0.0) { $0 + Double(untilReset) / Double(max(1, $1)) }
        // The tolerance keeps an exact fit (e.g. 20 needed, 20 usable) from reading as a slow-down.
        self = needed <= Double(usable) + 1e-9 ? .normal : .stretched(needed / Double(usable))
    }

    /// True when the polls go slower than configured.
    public var isSlowed: Bool { self != .normal }

    /// The delay before the next poll of a target polled every `interval` seconds when all is well.
    public func delay(for interval: Int) -> Int {
        switch self {
        case .normal: return interval
        case .stretched(let factor):
            let exact = min(Double(RatePace.maximumDelay), Double(interval) * factor)
            let whole = Int(exact)  // rounded up by hand: `rounded(.up)` needs libm, which this target does not link
            return min(RatePace.maximumDelay, max(interval, Double(whole) < exact ? whole + 1 : whole))
        case .waitForReset(let seconds): return min(RatePace.maximumDelay, max(interval, seconds))
        }
    }
}
