import AccessCore
import AccessLedger
import TerminalUI

/// The triage inbox's ledger work: the account's dismissals read at start and after a switch, and each dismissal
/// written as it is made, off the main actor. Writes go one after another in the order asked (a dismissal and its
/// undoing must not land the other way round); a failed one is reported, and the state keeps the dismissal.
extension AppRuntime {
    func perform(_ effect: TriageEffect) {
        let ledger = self.ledger
        switch effect {
        case .load:
            request {
                do throws(LedgerError) {
                    return .triage(.loaded(try ledger.dismissals()))
                } catch {
                    return .triage(.loadFailed(error.message))
                }
            }
        case .save(let address, let given):
            var dismissal = given
            if dismissal != nil && dismissal?.by == nil { dismissal?.by = options.actor.signature }
            let stored = dismissal
            let epoch = state.accountEpoch
            let previous = dismissalWrites
            track { () async -> @MainActor (AppRuntime) -> Void in
                await previous?.value
                do throws(LedgerError) {
                    try ledger.updateDismissals { $0[address] = stored }
                    return { _ in }
                } catch {
                    let reason = error.message
                    return { runtime in
                        runtime.deliver(
                            .forAccount(epoch: epoch, .triage(.saveFailed(address: address, reason: reason))))
                    }
                }
            }
            dismissalWrites = tasks[nextTaskID]
        }
    }
}
