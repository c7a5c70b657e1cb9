import Dispatch
import TerminalKit

/// The `Scheduler` of the real app: Dispatch timers on the main queue.
@MainActor
public final class DispatchScheduler: Scheduler {
    private var timers: [UInt64: any DispatchSourceTimer] = [:]
    private var nextID: UInt64 = 0

    public init() {}

    @discardableResult
    public func every(_ interval: Duration, _ work: @escaping @MainActor () -> Void) -> ScheduledWork {
        makeTimer(delay: interval, repeating: interval, work)
    }

    @discardableResult
    public func after(_ delay: Duration, _ work: @escaping @MainActor () -> Void) -> ScheduledWork {
        makeTimer(delay: delay, repeating: nil, work)
    }

    public func cancel(_ work: ScheduledWork) {
        timers.removeValue(forKey: work.id)?.cancel()
    }

    /// Stops every timer (the app is ending).
    public func cancelAll() {
        for timer in timers.values { timer.cancel() }
        timers.removeAll()
    }

    private func makeTimer(
        delay: Duration, repeating: Duration?, _ work: @escaping @MainActor () -> Void
    ) -> ScheduledWork {
        nextID &+= 1
        let token = ScheduledWork(id: nextID)
        let timer = DispatchSource.makeTimerSource(flags: [], queue: .main)
        let delayNanos = Self.nanoseconds(delay)
        // Leeway lets the kernel batch wake-ups (idle CPU); a tenth of the interval, 1 ms to 250 ms.
        let leeway = DispatchTimeInterval.nanoseconds(min(max(delayNanos / 10, 1_000_000), 250_000_000))
        let repeatInterval: DispatchTimeInterval = repeating.map { .nanoseconds(Self.nanoseconds($0)) } ?? .never
        timer.schedule(deadline: .now() + .nanoseconds(delayNanos), repeating: repeatInterval, leeway: leeway)
        let isOneShot = repeating == nil
        timer.setEventHandler { [weak self] in
            MainActor.assumeIsolated {
                guard let self, self.timers[token.id] != nil else { return }
                if isOneShot { self.cancel(token) }
                work()
            }
        }
        timers[token.id] = timer
        timer.resume()
        return token
    }

    static func nanoseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        let total = Double(seconds) * 1e9 + Double(attoseconds) / 1e9
        return Int(max(0, min(total, Double(Int.max / 2))))
    }
}
