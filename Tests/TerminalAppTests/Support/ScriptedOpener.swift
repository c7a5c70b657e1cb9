import AccessCore
import SendGridAPI
import TerminalUI

@testable import TerminalApp

/// An `AccountOpener` for runtime tests: each choice opens a given service and configuration, or fails with a
/// given sentence. Every open is recorded.
actor ScriptedOpener: AccountOpener {
    nonisolated let choices: [AccountChoice]
    private var accounts: [String: Result<OpenedAccount, AccountOpenError>]
    private(set) var opened: [String] = []

    init(_ accounts: [(AccountChoice, Result<OpenedAccount, AccountOpenError>?)]) {
        choices = accounts.map(\.0)
        self.accounts = Dictionary(uniqueKeysWithValues: accounts.compactMap { a in a.1.map { (a.0.id, $0) } })
    }

    /// What opening `id` gives from now on.
    func provide(_ id: String, _ result: Result<OpenedAccount, AccountOpenError>) { accounts[id] = result }

    func open(_ choice: AccountChoice) async throws(AccountOpenError) -> OpenedAccount {
        opened.append(choice.id)
        guard let result = accounts[choice.id] else { throw AccountOpenError("No such account in the test.") }
        return try result.get()
    }
}
