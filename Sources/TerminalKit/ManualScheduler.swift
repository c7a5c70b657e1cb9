/// A `Scheduler` whose clock moves only through `advance(by:)`: tests drive polling, backoff and flashes
/// second by second without waiting.
@MainActor
public final class ManualScheduler: Scheduler {
    private struct Entry {
        let id: UInt64
        var due: Duration
        let interval: Duration?
        let work: @MainActor () -> Void
    }

    /// Time since the scheduler was made.
    public private(set) var now: Duration = .zero
    private var entries: [Entry] = []
    private var nextID: UInt64 = 0

    public init() {}

    /// Work still scheduled.
    public var pendingCount: Int { entries.count }
    /// When the next work is due, if any.
    public var nextDue: Duration? { entries.map(\.due).min() }

    @discardableResult
    public func after(_ delay: Duration, _ work: @escaping @MainActor () -> Void) -> ScheduledWork {
        add(due: now + max(.zero, delay), interval: nil, work)
    }

    @discardableResult
    public func every(_ interval: Duration, _ work: @escaping @MainActor () -> Void) -> ScheduledWork {
        add(due: now + interval, interval: max(.milliseconds(1), interval), work)
    }

    public func cancel(_ work: ScheduledWork) {
        entries.removeAll { $0.id == work.id }
    }

    /// Moves the clock forward, running every piece of work that falls due on the way, in time order (work
    /// scheduled meanwhile runs too if it falls due before the end).
    public func advance(by duration: Duration) {
        let end = now + max(.zero, duration)
        while let index = nextIndex(dueBy: end) {
            var entry = entries[index]
            now = max(now, entry.due)
            if let interval = entry.interval {
                entry.due = entry.due + interval
                entries[index] = entry
            } else {
                entries.remove(at: index)
            }
            entry.work()
        }
        now = end
    }

    private func nextIndex(dueBy end: Duration) -> Int? {
        var best: Int?
        for (i, entry) in entries.enumerated() where entry.due <= end {
            if let b = best, (entries[b].due, entries[b].id) <= (entry.due, entry.id) { continue }
            best = i
        }
        return best
    }

    private func add(due: Duration, interval: Duration?, _ work: @escaping @MainActor () -> Void) -> ScheduledWork {
        nextID += 1
        entries.append(Entry(id: nextID, due: due, interval: interval, work: work))
        return ScheduledWork(id: nextID)
    }
}
