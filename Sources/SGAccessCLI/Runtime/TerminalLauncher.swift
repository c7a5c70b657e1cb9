import Logging
import SendGridAPI
import TerminalApp

/// Starts the terminal app on the main actor and keeps the command alive; the process ends from inside the app
/// (quit, signal, hang-up), which restores the terminal before exiting.
enum TerminalLauncher {
    static func run(service: any AccessSettingsService, options: RuntimeOptions, logger: Logger) async throws -> Never {
        do {
            try await MainActor.run {
                try AppRuntime.launch(service: service, options: options, logger: logger)
            }
        } catch let error as AppRuntime.LaunchError {
            throw CLIError(.usage, error.message)
        }
        while true {
            try? await Task.sleep(for: .seconds(3600))
        }
    }
}
