import Foundation
import SendGridAPI
import SendGridSimulator
import TerminalKit

extension CLIEnvironment {
    /// The real process: its environment, its terminal, `ServiceFactory`, `SimulatorServer`, signals; the
    /// discovery URL is fetched by `MyAddressResolver`'s own URLSession GET.
    public static func live() -> CLIEnvironment {
        CLIEnvironment(
            variables: ProcessInfo.processInfo.environment,
            stdinIsTerminal: isatty(STDIN_FILENO) == 1,
            confirm: { question in
                RawWrite.text(STDERR_FILENO, Sanitizer.cleanLines(question) + " [y/N] ")
                guard let answer = readLine() else { return false }
                return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
            },
            makeService: { configuration in try ServiceFactory.make(configuration: configuration) },
            startSimulator: { configuration in
                let running = try await SimulatorServer.start(configuration)
                return SimulatorHandle(baseURL: running.baseURL, stop: { await running.stop() })
            },
            waitForTermination: { await TerminationSignal.wait() },
            armTermination: { TerminationSignal.arm() }
        )
    }
}
