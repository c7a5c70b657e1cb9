import SendGridAPI
import TerminalUI

/// Opens the accounts the app may switch to without restarting (the config file's profiles and the subusers
/// offered under them). The CLI provides the real one; tests script it.
///
/// CONTRACT. `choices` is fixed for the run, in the order the picker lists them. `open` may read files and
/// resolve addresses, off the main actor; it returns a service talking to exactly `choice.target` and the
/// `AppConfig` for it (whose `target` is `choice.target`, or the switch is refused), or throws an
/// `AccountOpenError` whose message is a sentence saying what failed and what to do. It never includes the key.
public protocol AccountOpener: Sendable {
    var choices: [AccountChoice] { get }
    func open(_ choice: AccountChoice) async throws(AccountOpenError) -> OpenedAccount
}
