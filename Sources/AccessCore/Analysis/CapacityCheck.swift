/// Refuses, before any request, a change that would take the list past the cap.
///
/// Every added range counts, duplicates of existing rules included: SendGrid stores duplicates as separate rules.
/// Adding nothing is never refused, even when the list is already over the limit.
public enum CapacityCheck {
    public struct Exceeded: Error, Hashable, Sendable {
        public let current: Int
        public let adding: Int
        public let limit: Int

        public init(current: Int, adding: Int, limit: Int) {
            self.current = current
            self.adding = adding
            self.limit = limit
        }

        /// The list size the change would reach.
        public var total: Int { current + adding }
        /// How many rules too many.
        public var excess: Int { total - limit }
        /// How many rules can still be added without exceeding the limit.
        public var room: Int { max(0, limit - current) }

        public var message: String {
            let what =
                "Adding \(CapacityCheck.rules(adding)) would make \(total); SendGrid allows at most \(limit) and the list has \(current)"
            if excess <= current {
                return what
                    + ", so there is room for \(room) more. Remove \(CapacityCheck.rules(excess)) first, or add fewer."
            }
            return what + ", so at most \(room) can be added. Add fewer."
        }
    }

    public static func check(current: Int, adding: Int, limit: Int = Limits.maxRules) -> Result<Void, Exceeded> {
        guard adding > 0, current + adding > limit else { return .success(()) }
        return .failure(Exceeded(current: current, adding: adding, limit: limit))
    }

    /// Checks a proposed change against the cap. A removal never exceeds it; `replaceAll` is checked on the number of
    /// ranges it leaves (as if the list were emptied first).
    public static func check(
        current: Int, change: ProposedChange, limit: Int = Limits.maxRules
    ) -> Result<Void, Exceeded> {
        switch change {
        case .add(let ranges): return check(current: current, adding: ranges.count, limit: limit)
        case .remove: return .success(())
        case .replaceAll(let ranges): return check(current: 0, adding: ranges.count, limit: limit)
        }
    }

    static func rules(_ n: Int) -> String { n == 1 ? "1 rule" : "\(n) rules" }
}
