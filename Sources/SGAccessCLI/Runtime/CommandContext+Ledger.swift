import AccessCore
import AccessLedger
import Foundation

extension CommandContext {
    /// The records of `target`: the environment's store, else files in the state folder, else memory.
    static func ledger(for target: AccountTarget, environment: CLIEnvironment) -> any LedgerStore {
        let account = LedgerAccount(target)
        if let make = environment.makeLedger { return make(account) }
        return FileLedger.inStateFolder(variables: environment.variables, account: account)
            ?? MemoryLedger(account: account)
    }

    /// True when the records last only as long as this command (no `HOME`, no `XDG_STATE_HOME`).
    var ledgerIsEphemeral: Bool { ledger is MemoryLedger && environment.makeLedger == nil }

    /// Who is acting, for the journal: `USER`@host, the SSH client address and `program` ("cli allow").
    func actor(program: String) -> JournalActor {
        JournalActor(variables: environment.variables, hostName: environment.hostName, program: program)
    }

    /// The journal's writer for one command.
    func recorder(program: String) -> ChangeRecorder {
        let now = environment.now
        return ChangeRecorder(
            store: ledger, actor: actor(program: program), clock: { Date(timeIntervalSince1970: TimeInterval(now())) })
    }
}
