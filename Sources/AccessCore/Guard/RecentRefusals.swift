/// Who a change would have refused recently: the addresses that SendGrid's activity shows as allowed within a
/// window and that no rule would cover after the change. Shown in every removal's confirmation and by the CLI.
///
/// CONTRACT. Only attempts that were allowed, have a parsable address and were last seen at or after
/// `now - window` count. One entry per address (its most recent attempt, its methods merged), most recent
/// first, then by address. An address already refused before the change is not counted; a change that empties
/// the list refuses nobody (enforcement switches off).
public struct RecentRefusals: Hashable, Sendable {
    public static let defaultWindow: Int64 = 24 * 3600

    public struct Entry: Hashable, Sendable {
        public let address: IPAddress
        /// Auth methods seen ("API", "Web"), letters and digits only, in first-seen order.
        public let methods: [String]
        public let lastAt: Int64
    }

    public let entries: [Entry]
    public let window: Int64
    public let now: Int64

    public var isEmpty: Bool { entries.isEmpty }

    public static func evaluate(
        index: CoverageIndex, change: ProposedChange, attempts: [AccessAttempt], now: Int64,
        window: Int64 = defaultWindow
    ) -> RecentRefusals {
        var byAddress: [IPAddress: Entry] = [:]
        for attempt in attempts where attempt.allowed && attempt.lastAt >= now - window {
            guard let address = attempt.address?.unmappingIPv4 else { continue }
            let method = Self.cleanMethod(attempt.authMethod)
            if let seen = byAddress[address] {
                let methods = seen.methods.contains(method) || method.isEmpty ? seen.methods : seen.methods + [method]
                byAddress[address] = Entry(address: address, methods: methods, lastAt: max(seen.lastAt, attempt.lastAt))
            } else {
                byAddress[address] = Entry(
                    address: address, methods: method.isEmpty ? [] : [method], lastAt: attempt.lastAt)
            }
        }
        let candidates = Array(byAddress.keys)
        let report = LockoutAnalysis.report(index: index, change: change, mine: candidates)
        let lost = Set(report.uncoveredAfter).subtracting(report.alreadyUncovered)
        let entries = lost.compactMap { byAddress[$0] }.sorted {
            $0.lastAt != $1.lastAt ? $0.lastAt > $1.lastAt : $0.address < $1.address
        }
        return RecentRefusals(entries: entries, window: window, now: now)
    }

    /// "Would have refused 3 addresses seen allowed in the last 24h: 203.0.113.42 (API, 2h ago), …", naming at
    /// most `limit`; nil when nobody would have been refused.
    public func sentence(limit: Int = 3) -> String? {
        guard !entries.isEmpty else { return nil }
        let shown = entries.prefix(limit).map { entry in
            let age = AgeText.short(max(0, now - entry.lastAt))
            let methods = entry.methods.isEmpty ? "" : entry.methods.joined(separator: "+") + ", "
            return "\(entry.address) (\(methods)\(age) ago)"
        }
        let more = entries.count > limit ? ", and \(entries.count - limit) more" : ""
        let count = entries.count == 1 ? "1 address" : "\(entries.count) addresses"
        return "Would have refused \(count) seen allowed in the last \(AgeText.short(window)): "
            + shown.joined(separator: ", ") + more + "."
    }

    /// ASCII letters, digits, `_` and `-` of an auth method, at most 12 (the text comes from the API).
    static func cleanMethod(_ text: String) -> String {
        String(
            text.unicodeScalars.filter {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-")
            }
            .prefix(12).map(Character.init))
    }
}

/// Short ages for sentences: "45s", "12m", "3h", "24h", "5d", "11y".
public enum AgeText {
    public static func short(_ seconds: Int64) -> String {
        switch seconds {
        case ..<60: return "\(max(0, seconds))s"
        case ..<3600: return "\(seconds / 60)m"
        case ...(48 * 3600): return "\(seconds / 3600)h"
        case ..<(365 * 86400): return "\(seconds / 86400)d"
        default: return "\(seconds / (365 * 86400))y"
        }
    }
}
