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

    /// Keeps `waitingSince` in step with the requests outstanding: GETs in flight or a change being sent.
    mutating func syncWaiting() {
        let waiting = !poll.inFlight.isEmpty || inFlight != nil
        if !waiting {
            poll.waitingSince = nil
        } else if poll.waitingSince == nil {
            poll.waitingSince = now
        }
    }
}
