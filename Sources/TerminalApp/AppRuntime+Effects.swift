import TerminalKit
import TerminalUI

extension AppRuntime {
    /// Performs one effect the reducer asked for.
    func perform(_ effect: Effect) {
        switch effect {
        case .fetch(let target): fetch(target)
        case .recheck(let mutation): recheck(mutation)
        case .add(let mutation): add(mutation)
        case .remove(let mutation): remove(mutation)
        case .copy(let text): backend.copyToClipboard(text)
        case .schedule(let seconds, let action):
            // A timer armed for one account must not fire into another's state.
            let epoch = state.accountEpoch
            scheduler.after(.seconds(max(0, seconds))) { [weak self] in
                self?.deliver(.forAccount(epoch: epoch, action))
            }
        case .switchAccount(let choice): switchAccount(choice)
        case .loadLedger: loadLedger()
        case .reconcile(let live): reconcile(live)
        case .annotate(let range, let note): annotate(range, note: note)
        case .render: break  // the caller draws
        case .exit(let status): finish(status)
        case .suspend: requestSuspend()
        case .redrawAll: backend.redrawAll()
        case .triage(let work): perform(work)
        }
    }
}
