import AccessCore
import AccessLedger
import Logging
import SendGridAPI
import TerminalUI

/// The only place the network is touched: each request runs in a task off the main actor and hands a
/// `Sendable` action back to `deliver(_:)` on the main actor. Answers are decoded and built into snapshots
/// (`SnapshotBuilder`) in that task too, from the `AppState.ingestBasis` read when the request went out, so the
/// main actor only swaps them in.
extension AppRuntime {
    /// Runs `work` as a tracked task (see `settle()`), delivering the action it returns stamped with the account
    /// epoch it was asked under, so that an answer of an account switched away from is dropped.
    func request(_ work: @escaping @Sendable () async -> Action) {
        let epoch = state.accountEpoch
        track { () async -> @MainActor (AppRuntime) -> Void in
            let action = await work()
            return { runtime in
                runtime.deliver(.forAccount(epoch: epoch, action))
                runtime.swapped(action)
            }
        }
    }

    /// Like `request`, with a way to hand an action to the main actor at once while the task goes on (a long list's
    /// first screen before its snapshot is built); stamped with the same epoch.
    func request(
        emitting work: @escaping @Sendable (_ emit: @escaping @Sendable (Action) async -> Void) async -> Action
    ) {
        let epoch = state.accountEpoch
        let emit: @Sendable (Action) async -> Void = { [weak self] action in
            await MainActor.run { self?.deliver(.forAccount(epoch: epoch, action)) }
        }
        request { await work(emit) }
    }

    /// After a list answer the body it came in is free, and after a changed list the previous one's rows and indexes
    /// too: let the heap give them back. An unchanged 100 000-rule answer frees an 8 MB body; trimmed only after
    /// changed lists, resident memory climbed in ~10 MB steps from 87 to 109 MB in five minutes of unchanged polls,
    /// and trimmed after every list it stays at 96 MB from the second minute on (docs/FIGURES.md).
    func swapped(_ action: Action) {
        switch action {
        case .rulesLoaded, .recheckLoaded: options.releaseMemory?()
        default: break
        }
    }

    /// Runs `work` off the main actor as a tracked task (see `settle()`), then what it returns on the main actor.
    /// The task starts off the main actor too, so that work asked for while the main actor is busy (the first
    /// requests, while curses starts) begins at once.
    func track(_ work: @escaping @Sendable () async -> @MainActor (AppRuntime) -> Void) {
        nextTaskID += 1
        let id = nextTaskID
        tasks[id] = Task.detached { [weak self] in
            let then = await work()
            await MainActor.run {
                guard !Task.isCancelled else { return }
                self?.tasks[id] = nil
                if let self { then(self) }
            }
        }
    }

    func fetch(_ target: PollTarget) {
        let service = self.service
        let limit = state.config.activityLimit
        let clock = options.clock
        let timeout = state.config.requestTimeout
        let logger = self.logger
        let snapshots = options.snapshots
        let basis = state.ingestBasis
        request(emitting: { emit in
            do throws(APIError) {
                switch target {
                case .rules:
                    let answer = try await Deadline.read(seconds: timeout) { () async throws(APIError) in
                        try await service.listRules()
                    }
                    // A long first list: its first screen is drawn before the snapshot is built (which would take both
                    // cores from the drawing meanwhile).
                    if basis.rules == nil,
                        let preview = RulesPreview(answer.value, settings: basis.ruleSettings, mine: basis.mine)
                    {
                        await emit(.rulesPreview(preview))
                    }
                    let snapshot = await snapshots.rules(answer.value, basis: basis)
                    return .rulesLoaded(snapshot, rateLimit: answer.rateLimit, now: clock())
                case .activity:
                    let answer = try await Deadline.read(seconds: timeout) { () async throws(APIError) in
                        try await service.activity(limit: limit)
                    }
                    let snapshot = await snapshots.attempts(answer.value, basis: basis)
                    return .activityLoaded(snapshot, rateLimit: answer.rateLimit, now: clock())
                }
            } catch {
                logger.warning("poll failed", metadata: ["target": "\(target)", "message": "\(error.message)"])
                return .pollFailed(FailureInfo(error), now: clock(), target: target)
            }
        })
    }

    /// One GET of the list right before a change; the reducer decides whether the change still goes.
    func recheck(_ mutation: Mutation) {
        let service = self.service
        let clock = options.clock
        let timeout = state.config.requestTimeout
        let snapshots = options.snapshots
        let basis = state.ingestBasis
        request {
            do throws(APIError) {
                let answer = try await Deadline.read(seconds: timeout) { () async throws(APIError) in
                    try await service.listRules()
                }
                let snapshot = await snapshots.rules(answer.value, basis: basis)
                return .recheckLoaded(mutation, snapshot, now: clock())
            } catch {
                return .recheckFailed(mutation, FailureInfo(error), now: clock())
            }
        }
    }

    func add(_ mutation: Mutation) {
        let service = self.service
        let ips = mutation.addedIPs
        change(mutation, "adding rules", ["ips": "\(ips)"]) { () async throws(APIError) in
            .added(try await service.addRules(ips).value)
        }
    }

    func remove(_ mutation: Mutation) {
        let service = self.service
        let ids = mutation.removedIDs
        change(mutation, "removing rules", ["ids": "\(ids)"]) { () async throws(APIError) in
            _ = try await service.remove(ids: ids)
            return .removed(ids: ids)
        }
    }

    /// Performs a change, write-ahead: the intent is journalled (off the main actor) before the request, and if
    /// it cannot be, nothing is sent. The outcome is journalled after the answer. Answers with exactly one
    /// `.mutationFinished` carrying the journal entry's id, logging what was asked and any failure.
    private func change(
        _ mutation: Mutation, _ what: String, _ metadata: Logger.Metadata,
        _ call: @escaping @Sendable () async throws(APIError) -> MutationResult
    ) {
        let logger = self.logger
        let recorder = self.recorder
        let draft = state.journalDraft(for: mutation)
        logger.info("\(what)", metadata: metadata)
        request {
            let intent: JournalIntent
            do throws(LedgerError) {
                intent = try recorder.begin(draft)
            } catch {
                logger.error("journal write failed; change not sent", metadata: ["message": "\(error.message)"])
                return .mutationFinished(mutation, .notJournalled(error.message))
            }
            let result: MutationResult
            do throws(APIError) {
                result = try await call()
            } catch {
                logger.warning("change failed", metadata: ["message": "\(error.message)"])
                AppRuntime.journalFailure(error, of: intent, recorder: recorder, logger: logger)
                return .mutationFinished(mutation, .failed(FailureInfo(error)), journal: intent.id)
            }
            AppRuntime.journalSuccess(result, of: intent, recorder: recorder, logger: logger)
            return .mutationFinished(mutation, result, journal: intent.id)
        }
    }
}
