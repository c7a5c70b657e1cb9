import AccessLedger
import CursesBackend
import Dispatch
import Logging
import SendGridAPI
import TerminalApp
import TerminalUI

/// Runs the terminal app on the real terminal (ncurses, Dispatch timers) and returns its exit status.
enum TerminalLauncher {
    /// - Parameter opener: the accounts the picker offers (the config file's profiles); nil: one account only.
    /// - Parameter failures: from the launch on, a log that cannot be written is shown as the app's error flash
    ///   instead of a line on the terminal the app owns.
    static func run(
        service: any AccessSettingsService, options: RuntimeOptions, logger: Logger,
        failures: LogFailureRoute, opener: (any AccountOpener)? = nil, ledger: (any LedgerStore)? = nil
    ) async throws -> Int32 {
        let runtime = await MainActor.run {
            AppRuntime(
                service: service, options: options, logger: logger,
                backend: CursesTerminal(options: .init(noColor: options.noColor)), scheduler: DispatchScheduler(),
                opener: opener, ledger: ledger)
        }
        failures.redirect { [weak runtime] sentence in
            DispatchQueue.main.async {
                MainActor.assumeIsolated { () -> Void in runtime?.deliver(.logWriteFailed(sentence)) }
            }
        }
        do {
            return try await runtime.run()
        } catch {
            throw CLIError(.usage, error.message)
        }
    }
}
