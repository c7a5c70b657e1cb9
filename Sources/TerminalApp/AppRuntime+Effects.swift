import AccessCore
import CursesBackend
import SendGridAPI
import TerminalUI
#if canImport(Glibc)
import Glibc
#endif

extension AppRuntime {
    /// Performs one effect the reducer asked for.
    func perform(_ effect: Effect) {
        switch effect {
        case .fetchRules: fetch(.rules)
        case .fetchActivity: fetch(.activity)
        case .recheck(let mutation): recheck(mutation)
        case .add(let ips, let mutation): add(ips, mutation)
        case .remove(let ids, let mutation): remove(ids, mutation)
        case .copy(let text): session.writeOSC52(text)
        case .schedule(let seconds, let action):
            _ = loop.after(.seconds(max(0, seconds))) { [unowned self] in dispatch(action) }
        case .setPollPaused(let pause): setPaused(pause)
        case .quit: shutDown(code: 0, reason: "quit")
        case .suspend: _ = raise(SIGTSTP)
        case .redrawAll:
            lastPresented = nil
            session.forceRedraw()
        }
    }

    /// One GET of the list right before a change; the reducer decides whether the change still goes.
    func recheck(_ mutation: Mutation) {
        let service = self.service
        let clock = options.clock
        let timeout = options.app.requestTimeout
        requestStarted()
        Task { [weak self] in
            let action: Action
            do throws(APIError) {
                let answer = try await Deadline.read(seconds: timeout) { () async throws(APIError) in try await service.listRules() }
                action = .recheckLoaded(mutation, answer.value, now: clock())
            } catch {
                action = .recheckFailed(mutation, FailureInfo(error), now: clock())
            }
            self?.requestFinished()
            self?.dispatch(action)
        }
    }

    func add(_ ips: [String], _ mutation: Mutation) {
        requestStarted()
        let service = self.service
        logger.info("adding rules", metadata: ["ips": "\(ips)"])
        Task { [weak self] in
            let result: MutationResult
            do throws(APIError) {
                result = .added(try await service.addRules(ips).value)
            } catch {
                result = .failed(FailureInfo(error))
            }
            self?.finished(mutation, result)
        }
    }

    func remove(_ ids: [Int], _ mutation: Mutation) {
        requestStarted()
        let service = self.service
        logger.info("removing rules", metadata: ["ids": "\(ids)"])
        Task { [weak self] in
            let result: MutationResult
            do throws(APIError) {
                _ = try await service.remove(ids: ids)
                result = .removed(ids: ids)
            } catch {
                result = .failed(FailureInfo(error))
            }
            self?.finished(mutation, result)
        }
    }

    private func finished(_ mutation: Mutation, _ result: MutationResult) {
        requestFinished()
        if case .failed(let failure) = result {
            logger.warning("change failed", metadata: ["message": "\(failure.message)"])
        }
        dispatch(.mutationFinished(mutation, result))
    }
}
