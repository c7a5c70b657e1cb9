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

    /// Both GETs now (`r`, a resume, after a change, a new account): the list is read at once whatever its cadence.
    mutating func pollNow() -> [Effect] {
        request(.rules) + request(.activity)
    }

    /// The armed timer fired: each target due by the time it was armed for is polled, unless the timer is stale
    /// (re-armed or paused since). The first timer (generation 0, nothing read yet) polls both.
    mutating func pollDue(generation: Int) -> [Effect] {
        guard generation == poll.generation, !poll.paused else { return [] }
        let at = poll.nextPollAt ?? now
        poll.nextPollAt = nil
        // A target in flight (sent by `r` meanwhile) is left alone: its answer re-arms.
        let due = PollTarget.allCases.filter { !poll.inFlight.contains($0) && poll.isDue($0, at: at) }
        return due.flatMap { request($0) }
    }

    /// A GET answered: its target's next due time follows its own schedule (its interval, stretched when the
    /// rate-limit budget runs short, or its backoff); a queued repeat goes out; the timer is re-armed.
    mutating func fetchFinished(_ target: PollTarget, succeeded: Bool, now: Int64) -> [Effect] {
        poll.inFlight.remove(target)
        let delay: Int
        if succeeded {
            poll.pace = RatePace(rateLimit: poll.rateLimit, now: now, intervals: poll.intervals)
            delay = poll[schedule: target].succeeded(pace: poll.pace)
        } else {
            delay = poll[schedule: target].failed()
        }
        poll.due[target] = now + Int64(delay)
        poll.answeredAt[target] = now
        if poll.pace.isSlowed { stretchDueTimes(now: now) }
        let repeated = poll.queued.remove(target) != nil ? request(target) : []
        return repeated + armNext(now: now)
    }

    /// A slower pace applies at once to the other target too, not only from its next answer: every target
    /// waiting is put off to its last answer plus its stretched interval, or, when only the reserve is left, to
    /// the reset.
    mutating func stretchDueTimes(now: Int64) {
        for target in PollTarget.allCases where !poll.inFlight.contains(target) {
            guard let due = poll.due[target], let answered = poll.answeredAt[target] else { continue }
            let notBefore: Int64
            if case .waitForReset(let seconds) = poll.pace {
                notBefore = now + Int64(seconds)
            } else {
                notBefore = answered + Int64(poll.pace.delay(for: poll[schedule: target].interval))
            }
            poll.due[target] = max(due, notBefore)
        }
    }

    /// Arms the one poll timer for the earliest due time of the targets not in flight (a target in flight
    /// re-arms when it answers); a new generation makes any older timer stale.
    mutating func armNext(now: Int64) -> [Effect] {
        poll.generation += 1
        poll.nextPollAt = nil
        guard !poll.paused else { return [] }
        let waiting = PollTarget.allCases.filter { !poll.inFlight.contains($0) }
        guard let next = waiting.compactMap({ poll.due[$0] }).min() else { return [] }
        poll.nextPollAt = next
        return [.schedule(after: Int(max(0, next - now)), .pollDue(generation: poll.generation))]
    }

    /// `p`: pausing makes the armed timer stale; resuming polls at once (the answer re-arms the timer).
    mutating func togglePause() -> [Effect] {
        poll.paused.toggle()
        if poll.paused {
            poll.generation += 1
            poll.nextPollAt = nil
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
