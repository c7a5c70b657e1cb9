import ArgumentParser
import SendGridSimulator

/// `sgaccess sim`'s fault-injection flags (`FaultSettings`); rates are shares from 0 to 1.
struct SimFaultOptions: ParsableArguments {
    @Option(
        name: .customLong("latency-ms"),
        help: ArgumentHelp("Delay every API answer by MS milliseconds.", valueName: "MS"))
    var latencyMS = 0

    @Option(
        name: .customLong("latency-jitter-ms"),
        help: ArgumentHelp("Add a random delay of up to MS milliseconds.", valueName: "MS"))
    var latencyJitterMS = 0

    @Option(
        name: .customLong("error-rate"), help: ArgumentHelp("Share of requests answered with a 5xx.", valueName: "RATE")
    )
    var errorRate = 0.0

    @Option(
        name: .customLong("error-statuses"),
        help: ArgumentHelp("Statuses a 5xx fault picks from (default 500,502,503).", valueName: "LIST"))
    var errorStatuses: String?

    @Option(
        name: .customLong("malformed-rate"),
        help: ArgumentHelp("Share of answers replaced by invalid JSON.", valueName: "RATE"))
    var malformedRate = 0.0

    @Option(name: .customLong("truncate-rate"), help: ArgumentHelp("Share of answers cut short.", valueName: "RATE"))
    var truncateRate = 0.0

    @Option(
        name: .customLong("reset-rate"),
        help: ArgumentHelp("Share of requests whose connection is reset.", valueName: "RATE"))
    var resetRate = 0.0

    @Flag(
        name: .customLong("hostile-strings"),
        help: "Put escapes, bidi overrides, NUL and very long text in activity rows.")
    var hostileStrings = false

    /// The settings these flags describe; each bad value is a usage error naming its flag.
    func settings() throws -> FaultSettings {
        for (flag, rate) in [
            ("--error-rate", errorRate), ("--malformed-rate", malformedRate),
            ("--truncate-rate", truncateRate), ("--reset-rate", resetRate),
        ] where !(0...1).contains(rate) {
            throw CLIError.usage("\(flag) must be a share from 0 to 1, e.g. 0.1 for 10% (got \(rate)).")
        }
        for (flag, ms) in [("--latency-ms", latencyMS), ("--latency-jitter-ms", latencyJitterMS)]
        where !(0...600_000).contains(ms) {
            throw CLIError.usage("\(flag) must be between 0 and 600000 milliseconds (got \(ms)).")
        }
        var settings = FaultSettings(
            latency: .milliseconds(latencyMS), latencyJitter: .milliseconds(latencyJitterMS),
            serverErrorRate: errorRate,
            malformedJSONRate: malformedRate, truncatedBodyRate: truncateRate, connectionResetRate: resetRate,
            hostileStrings: hostileStrings)
        if let errorStatuses {
            settings.serverErrorStatuses = try SimFlagParser.statuses(errorStatuses)
        }
        return settings
    }
}
