import Dispatch

extension EventLoop {
    /// Calls `work` every `interval` on the main queue until cancelled. The first call is one interval away.
    @discardableResult
    public func every(_ interval: Duration, _ work: @escaping () -> Void) -> TimerToken {
        makeTimer(delay: interval, repeating: interval, work)
    }

    /// Calls `work` once after `delay`, unless cancelled first.
    @discardableResult
    public func after(_ delay: Duration, _ work: @escaping () -> Void) -> TimerToken {
        makeTimer(delay: delay, repeating: nil, work)
    }

    /// Stops a timer; cancelling an unknown or finished token does nothing.
    public func cancel(_ token: TimerToken) {
        timers.removeValue(forKey: token.id)?.cancel()
    }

    /// Whether a timer is still scheduled.
    public func isScheduled(_ token: TimerToken) -> Bool { timers[token.id] != nil }

    private func makeTimer(delay: Duration, repeating: Duration?, _ work: @escaping () -> Void) -> TimerToken {
        let token = nextToken()
        let timer = DispatchSource.makeTimerSource(flags: [], queue: .main)
        let delayNanos = Self.nanoseconds(delay)
        // Leeway lets the kernel batch wake-ups (idle CPU); a tenth of the interval, 1 ms to 250 ms.
        let leeway = DispatchTimeInterval.nanoseconds(min(max(delayNanos / 10, 1_000_000), 250_000_000))
        if let repeating {
            timer.schedule(deadline: .now() + .nanoseconds(delayNanos), repeating: .nanoseconds(Self.nanoseconds(repeating)), leeway: leeway)
        } else {
            timer.schedule(deadline: .now() + .nanoseconds(delayNanos), repeating: .never, leeway: leeway)
        }
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

    private func nextToken() -> TimerToken {
        nextTimerIDCounter &+= 1
        return TimerToken(id: nextTimerIDCounter)
    }

    static func nanoseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        let total = Double(seconds) * 1e9 + Double(attoseconds) / 1e9
        return Int(max(0, min(total, Double(Int.max / 2))))
    }
}
