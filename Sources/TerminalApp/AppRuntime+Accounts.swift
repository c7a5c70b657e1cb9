import AccessCore
import AccessLedger
import SendGridAPI
import TerminalUI

/// Switching account: the opener runs off the main actor; on the main actor the service is replaced and the
/// reducer told in one step, so no request can go out between the two with the wrong pair.
extension AppRuntime {
    func switchAccount(_ choice: AccountChoice) {
        let epoch = state.accountEpoch
        guard let opener else {
            request { .accountFailed(choice, reason: "this run was started with one account only.") }
            return
        }
        logger.info("opening account", metadata: ["account": "\(choice.target.description)"])
        track { () async -> @MainActor (AppRuntime) -> Void in
            do throws(AccountOpenError) {
                let opened = try await opener.open(choice)
                return { runtime in runtime.opened(choice, opened, epoch: epoch) }
            } catch {
                let reason = error.message
                return { runtime in runtime.openFailed(choice, reason: reason, epoch: epoch) }
            }
        }
    }

    /// Takes the new service only when the reducer will take the new state (`AppState.accepts`); otherwise the
    /// reducer ignores the answer or says why it refused it, and the old service stays.
    func opened(_ choice: AccountChoice, _ opened: OpenedAccount, epoch: Int) {
        if epoch == state.accountEpoch, state.accepts(opened: choice, config: opened.config) {
            service = opened.service
            ledger = opened.ledger ?? MemoryLedger(account: LedgerAccount(opened.config.target))
            logger.info("switched account", metadata: ["account": "\(choice.target.description)"])
        }
        deliver(.forAccount(epoch: epoch, .accountOpened(choice, opened.config)))
    }

    func openFailed(_ choice: AccountChoice, reason: String, epoch: Int) {
        logger.warning("opening account failed", metadata: ["account": "\(choice.target.description)"])
        deliver(.forAccount(epoch: epoch, .accountFailed(choice, reason: reason)))
    }
}
