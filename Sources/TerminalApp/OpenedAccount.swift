import AccessLedger
import SendGridAPI
import TerminalUI

/// What opening an account gives: the service the runtime talks to from now on and the state's configuration.
public struct OpenedAccount: Sendable {
    public let service: any AccessSettingsService
    public let config: AppConfig
    /// The account's local records (journal, notes, dismissals); nil keeps them in memory for the run.
    public let ledger: (any LedgerStore)?

    public init(service: any AccessSettingsService, config: AppConfig, ledger: (any LedgerStore)? = nil) {
        self.service = service
        self.config = config
        self.ledger = ledger
    }
}
