/// Refuses, before any request, a change that would take the list past the cap.
public enum CapacityCheck {
    public struct Exceeded: Error, Hashable, Sendable {
        public let current: Int
        public let adding: Int
        public let limit: Int

        public var message: String {
            "Adding \(adding) would make \(current + adding) rules; SendGrid allows at most \(limit). Remove \(current + adding - limit) first."
        }
    }

    public static func check(current: Int, adding: Int, limit: Int = Limits.maxRules) -> Result<Void, Exceeded> {
        current + adding > limit ? .failure(Exceeded(current: current, adding: adding, limit: limit)) : .success(())
    }
}
