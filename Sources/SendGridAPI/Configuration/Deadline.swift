/// A bound on a whole job (a CLI command): no attempt starts and no retry wait begins that would end after it.
public struct Deadline: Sendable, Hashable {
    /// The moment the job must be over.
    public var instant: ContinuousClock.Instant
    /// The bound as the operator gave it (`--timeout`), for the error sentence.
    public var seconds: Int

    public init(instant: ContinuousClock.Instant, seconds: Int) {
        self.instant = instant
        self.seconds = seconds
    }

    /// A deadline `seconds` from now.
    public static func after(seconds: Int) -> Deadline {
        Deadline(instant: .now + .seconds(seconds), seconds: seconds)
    }

    /// Time left before the deadline (negative once passed).
    public var remaining: Duration { instant - .now }
}
