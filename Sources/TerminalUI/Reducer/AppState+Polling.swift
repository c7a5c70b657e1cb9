import AccessCore

extension AppState {
    /// One GET, unless the same one is in flight: then it is queued and runs once more after it.
    mutating func request(_ target: PollTarget) -> [Effect] {
        guard !poll.inFlight.contains(target) else {
            poll.queued.insert(target)
            return []
        }
        poll.inFlight.insert(target)
        return [.fetch(target)]
    }

    /// Both GETs now (a poll, `r`, a resume, after a change).
    mutating func pollNow() -> [Effect] {
        request(.rules) + request(.activity)
    }

    /// The armed timer fired: poll, unless it is stale (re-armed or paused since).
    mutating func pollDue(generation: Int) -> [Effect] {
        guard generation == poll.generation, !poll.paused else { return [] }
        poll.nextPollAt = nil
        return pollNow()
    }

    /// A GET answered. The list's outcome sets the pace (the activity follows it); a queued repeat goes out.
    mutating func fetchFinished(_ target: PollTarget, succeeded: Bool, rateLimit: RateLimit?, now: Int64) -> [Effect] {
        poll.inFlight.remove(target)
        var effects: [Effect] = []
        if target == .rules {
            let delay = succeeded ? poll.schedule.succeeded(rateLimit: rateLimit, now: now) : poll.schedule.failed()
            effects += arm(after: delay, now: now)
        }
        if poll.queued.remove(target) != nil { effects += request(target) }
        return effects
    }

    /// Arms the one poll timer (a new generation makes any older timer stale).
    mutating func arm(after seconds: Int, now: Int64) -> [Effect] {
        poll.generation += 1
        guard !poll.paused else {
            poll.nextPollAt = nil
            return []
        }
        poll.nextPollAt = now + Int64(seconds)
        return [.schedule(after: seconds, .pollDue(generation: poll.generation))]
    }

    /// `p`: pausing makes the armed timer stale; resuming polls at once (the answer re-arms the timer).
    mutating func togglePause() -> [Effect] {
        poll.paused.toggle()
        if poll.paused {
            poll.generation += 1
            poll.nextPollAt = nil
            poll.retryAt = nil
            return info("Polling paused; press p to resume.")
        }
        return pollNow() + info("Polling resumed.")
    }

    /// Keeps `poll.outstanding` in step with the requests in flight: the GETs, the re-read before a change, and
    /// the change itself; each keeps the time it was first seen outstanding.
    mutating func syncWaiting() {
        var current: Set<PollStatus.Request> = Set(poll.inFlight.map { .get($0) })
        if pendingRecheck != nil { current.insert(.recheck) } else if inFlight != nil { current.insert(.change) }
        poll.outstanding = poll.outstanding.filter { current.contains($0.key) }
        for request in current where poll.outstanding[request] == nil { poll.outstanding[request] = now }
    }
}
