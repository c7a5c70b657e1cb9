import AccessCore
import CursesBackend
import SendGridAPI
import TerminalUI

extension AppRuntime {
    /// One poll: the list and the activity, then the next poll is scheduled from the outcome.
    func poll() {
        if let pollTimer { loop.cancel(pollTimer) }
        pollTimer = nil
        guard !paused else { return }
        fetch(.rules)
        fetch(.activity)
    }

    func setPaused(_ pause: Bool) {
        paused = pause
        if pause {
            if let pollTimer { loop.cancel(pollTimer) }
            pollTimer = nil
        } else {
            poll()
        }
    }

    /// Starts a GET unless the same one is in flight; then one more runs after it, so the answer is fresh.
    func fetch(_ what: Fetch) {
        guard !inFlight.contains(what) else {
            refetch.insert(what)
            return
        }
        inFlight.insert(what)
        requestStarted()
        let service = self.service
        let limit = options.app.activityLimit
        let clock = options.clock
        let timeout = options.app.requestTimeout
        Task { [weak self] in
            let action: Action
            do throws(APIError) {
                switch what {
                case .rules:
                    let answer = try await Deadline.read(seconds: timeout) { () async throws(APIError) in try await service.listRules() }
                    action = .rulesLoaded(answer.value, rateLimit: answer.rateLimit, now: clock())
                case .activity:
                    let answer = try await Deadline.read(seconds: timeout) { () async throws(APIError) in
                        try await service.activity(limit: limit)
                    }
                    action = .activityLoaded(answer.value, rateLimit: answer.rateLimit, now: clock())
                }
            } catch {
                action = .pollFailed(FailureInfo(error), retryIn: nil, now: clock(), target: what == .rules ? .rules : .activity)
            }
            self?.fetched(what, action)
        }
    }

    private func fetched(_ what: Fetch, _ action: Action) {
        inFlight.remove(what)
        requestFinished()
        var action = action
        if case .pollFailed(let failure, _, let now, let target) = action {
            logger.warning("poll failed", metadata: ["message": "\(failure.message)"])
            // The list's outcome drives the pace; an activity failure reports the retry already scheduled.
            if what == .rules { reschedule(after: schedule.failed()) }
            action = .pollFailed(failure, retryIn: paused ? nil : nextPollDelay, now: now, target: target)
        } else if what == .rules {
            let limit = rateLimit(of: action)
            reschedule(after: schedule.succeeded(rateLimit: limit, now: options.clock()))
        }
        dispatch(action)
        if refetch.remove(what) != nil { fetch(what) }
    }

    private func rateLimit(of action: Action) -> RateLimit? {
        guard case .rulesLoaded(_, let rateLimit, _) = action else { return nil }
        return rateLimit
    }

    /// Arms the single poll timer (a manual refresh or another answer re-arms it).
    private func reschedule(after seconds: Int) {
        guard !paused else { return }
        if let pollTimer { loop.cancel(pollTimer) }
        nextPollDelay = seconds
        pollTimer = loop.after(.seconds(seconds)) { [unowned self] in poll() }
    }
}
