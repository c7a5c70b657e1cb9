import ArgumentParser
import Logging

/// `--log-file` and `--log-level`, shared by every subcommand including `sim`.
public struct LoggingOptions: ParsableArguments, Sendable {
    @Option(
        name: .customLong("log-file"),
        help: ArgumentHelp("Append a log to FILE (created with mode 600; the key is redacted).", valueName: "FILE"))
    public var logFile: String?

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    public var logLevel: LogLevelOption = .info

    public init() {}

    /// A logger writing to `--log-file`, or one that discards everything. A log that stops accepting writes
    /// is reported once through `failures` and then dropped; it never ends the process.
    func makeLogger(label: String, secrets: [String] = [], failures: LogFailureRoute) throws -> Logger {
        guard let path = logFile else {
            return Logger(label: label, factory: { _ in SwiftLogNoOpLogHandler() })
        }
        let handler = try FileLogHandler(path: path, secrets: secrets, failures: failures)
        var logger = Logger(label: label, factory: { _ in handler })
        logger.logLevel = logLevel.level
        return logger
    }
}
