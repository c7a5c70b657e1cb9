import Foundation
import SendGridAPI
import SendGridSimulator
import TerminalKit

extension CLIEnvironment {
    /// The real process: its environment, its terminal, `ServiceFactory`, `SimulatorServer`, signals; the
    /// discovery URL is fetched by `MyAddressResolver`'s own AsyncHTTPClient GET.
    public static func live() -> CLIEnvironment {
        let charset = localeCharset()
        var environment = CLIEnvironment(
            variables: ProcessInfo.processInfo.environment,
            stdinIsTerminal: isatty(STDIN_FILENO) == 1,
            confirm: { question in
                let text = Sanitizer.cleanLines(question)
                RawWrite.text(STDERR_FILENO, (charset == .ascii ? ASCIIFold.fold(text) : text) + " [y/N] ")
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
        environment.charset = charset
        environment.hostName = ProcessInfo.processInfo.hostName
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            environment.userName = String(cString: name)
        }
        environment.askLine = { question in
            let text = Sanitizer.cleanLines(question)
            RawWrite.text(STDERR_FILENO, (charset == .ascii ? ASCIIFold.fold(text) : text) + " ")
            return readLine()
        }
        return environment
    }

    /// The locale's character set, as the terminal app decides it: the codeset after `setlocale` (of LC_CTYPE
    /// only, so that no number or date formatting of the C library changes).
    static func localeCharset() -> Charset {
        setlocale(LC_CTYPE, "")
        let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
        return Charset.detect(codeset: codeset, environment: { ProcessInfo.processInfo.environment[$0] }).charset
    }
}
