import Logging
import SendGridAPI
import TerminalApp

/// Starts the terminal app on the main actor and keeps the command alive; the process ends from inside the app
/// (quit, signal, hang-up), which restores the terminal before exiting.
enum TerminalLauncher {
    /// - Parameter failures: from the launch on, a log that cannot be written is shown as the app's error flash
    ///   instead of a line on the terminal the app owns.
    static func run(service: any AccessSettingsService, options: RuntimeOptions, logger: Logger,
                    failures: LogFailureRoute) async throws -> Never {
        do {
            try await MainActor.run {
                try AppRuntime.launch(service: service, options: options, logger: logger)
                failures.redirect(to: AppRuntime.reportLogWriteFailure)
            }
        } catch let error as AppRuntime.LaunchError {
            throw CLIError(.usage, error.message)
        }
        while true {
            try? await Task.sleep(for: .seconds(3600))
        }
    }
}
