import AccessCore
import ArgumentParser
import SendGridSimulator

/// `sgaccess sim`: runs the local SendGrid simulator until SIGINT or SIGTERM. Prints exactly one line on
/// standard output, `listening on http://HOST:PORT` (with the chosen port when `--port 0`), and notes on
/// standard error. The accepted key is `SENDGRID_API_KEY` at start, else the documented demo key.
struct SimCommand: CLICommand {
    static let configuration = CommandConfiguration(
        commandName: "sim", abstract: "Run a local simulator of SendGrid's IP Access Management API.")

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on; 0 picks a free one and prints it.")
    var port = 0

    @Option(name: .customLong("client-ip"), help: ArgumentHelp("The caller address enforcement checks for every request.", valueName: "ADDR"))
    var clientIP = "203.0.113.10"

    @Flag(name: .customLong("trust-forwarded-for"), help: "Take the caller address from X-Forwarded-For when present.")
    var trustForwardedFor = false

    @Flag(name: .customLong("no-enforce"), help: "Do not enforce the allow list (every caller is accepted).")
    var noEnforce = false

    @Option(help: "Initial data: demo (about 15 rules and 40 attempts) or empty.")
    var seed: SeedOption = .demo

    @Flag(help: "Generate new access attempts over time.")
    var traffic = false

    @Option(name: .customLong("rule-cap"), help: "Most rules a list may hold.")
    var ruleCap = Limits.maxRules

    @Option(name: .customLong("state"), help: ArgumentHelp("Keep the lists in FILE across restarts.", valueName: "FILE"))
    var statePath: String?

    @OptionGroup var logging: LoggingOptions

    var wantsJSON: Bool { false }

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535 (got \(port)).") }
        guard IPAddress(clientIP) != nil else { throw ValidationError("--client-ip '\(clientIP)' is not an IPv4 or IPv6 address.") }
        guard (1...1_000_000).contains(ruleCap) else { throw ValidationError("--rule-cap must be between 1 and 1000000 (got \(ruleCap)).") }
        guard !host.isEmpty else { throw ValidationError("--host must not be empty; use 127.0.0.1 for loopback.") }
    }

    /// The simulator configuration these flags describe; the key is `SENDGRID_API_KEY` when set.
    func configuration(variables: [String: String]) -> SimulatorConfiguration {
        var configuration = SimulatorConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.clientIP = clientIP
        configuration.trustForwardedFor = trustForwardedFor
        configuration.enforce = !noEnforce
        configuration.seed = seed == .demo ? .demo : .empty
        configuration.traffic = traffic
        configuration.ruleCap = ruleCap
        configuration.statePath = statePath
        if let key = variables[KeyLoader.environmentVariable], !key.isEmpty {
            configuration.apiKey = key
        }
        return configuration
    }

    func execute(environment: CLIEnvironment, output: OutputSink) async throws -> ExitStatus {
        let configuration = configuration(variables: environment.variables)
        let logger = try logging.makeLogger(label: "sgaccess.sim", secrets: [configuration.apiKey])
        let handle: SimulatorHandle
        do {
            handle = try await environment.startSimulator(configuration)
        } catch {
            throw CLIError(.api, "The simulator could not start on \(host):\(port): \(Sanitizer.terminalSafe(String(describing: error), maxColumns: 200)). "
                + "Pick another --port, or 0 for a free one.")
        }
        output.out("listening on \(handle.baseURL)")
        let keySource = configuration.apiKey == SimulatorConfiguration.demoAPIKey
            ? "the documented demo key" : "the key in \(KeyLoader.environmentVariable)"
        output.err("Simulator: seed \(seed.rawValue), client IP \(clientIP), enforcement \(noEnforce ? "off" : "on"), "
            + "rule cap \(ruleCap)\(traffic ? ", generating traffic" : ""); it accepts \(keySource). Stop it with Ctrl-C.")
        logger.info("simulator listening", metadata: ["base_url": "\(handle.baseURL)"])
        await environment.waitForTermination()
        await handle.stop()
        output.err("Simulator stopped.")
        logger.info("simulator stopped")
        return .success
    }
}

/// `--seed` values.
enum SeedOption: String, ExpressibleByArgument, CaseIterable, Sendable {
    case demo
    case empty
}
