import AccessCore
import ArgumentParser
import SendGridAPI
import SendGridSimulator
import TerminalKit

/// `sgaccess sim`: runs the local SendGrid simulator until SIGINT or SIGTERM. Prints exactly one line on
/// standard output, `listening on http://HOST:PORT` (with the chosen port when `--port 0`), once it accepts
/// connections, and notes on standard error. The accepted full-access key is `SENDGRID_API_KEY` at start,
/// else `SimulatorConfiguration.demoAPIKey`; `--scoped-key` adds keys limited to some scopes.
struct SimCommand: CLICommand {
    static let configuration = CommandConfiguration(
        commandName: "sim", abstract: "Run a local simulator of SendGrid's IP Access Management API.",
        discussion: """
            The simulator accepts the key in SENDGRID_API_KEY when it starts, else the documented demo key \
            \(SimulatorConfiguration.demoAPIKey). Scoped keys (--scoped-key) answer 403 outside their scopes: \
            \(SimulatorScope.allCases.map(\.rawValue).joined(separator: ", ")).
            """)

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on; 0 picks a free one and prints it.")
    var port = 0

    @Option(
        name: .customLong("client-ip"),
        help: ArgumentHelp("The caller address enforcement checks for every request.", valueName: "ADDR"))
    var clientIP = "203.0.113.10"

    @Flag(name: .customLong("trust-forwarded-for"), help: "Take the caller address from X-Forwarded-For when present.")
    var trustForwardedFor = false

    @Flag(name: .customLong("no-enforce"), help: "Do not enforce the allow list (every caller is accepted).")
    var noEnforce = false

    @Option(help: "Initial data: demo (about 15 rules and 40 attempts) or empty.")
    var seed: SeedOption = .demo

    @Option(
        name: .customLong("rules"),
        help: ArgumentHelp(
            "Also add N generated rules (10.x.y.z/32 and 2001:db8:…::/64) to measure at scale; raise --rule-cap to fit.",
            valueName: "N"))
    var generatedRules = 0

    @Option(
        name: .customLong("state"), help: ArgumentHelp("Keep the lists in FILE across restarts.", valueName: "FILE"))
    var statePath: String?

    @Option(
        name: .customLong("scoped-key"),
        help: ArgumentHelp(
            "Also accept KEY, limited to the comma-separated scopes (repeatable), e.g. KEY=access_settings.whitelist.read.",
            valueName: "KEY=SCOPES"))
    var scopedKeys: [String] = []

    @Option(name: .customLong("rule-cap"), help: "Most rules a list may hold.")
    var ruleCap = Limits.maxRules

    @Option(name: .customLong("activity-capacity"), help: "Most activity rows kept per account; the oldest go first.")
    var activityCapacity = SimulatorConfiguration().activityCapacity

    @Option(
        name: .customLong("rate-limit"),
        help: ArgumentHelp(
            "Allow N requests per WINDOW seconds (default 60), then answer 429; off unless given.",
            valueName: "N[/WINDOW]"))
    var rateLimit: String?

    @Flag(help: "Generate new access attempts over time.")
    var traffic = false

    @Option(
        name: .customLong("traffic-interval"),
        help: ArgumentHelp(
            "Time between generated attempts (with --traffic): seconds (1.5) or milliseconds (500ms); default 2.",
            valueName: "DURATION"))
    var trafficInterval: String?

    @OptionGroup var faults: SimFaultOptions

    @Option(
        name: .customLong("seed-random"),
        help: ArgumentHelp(
            "Seed for the random faults and traffic, for repeatable runs (default: random).", valueName: "N"))
    var seedRandom: UInt64?

    @Option(name: .customLong("server-log-level"), help: "Level of the server's own log on standard error.")
    var serverLogLevel: LogLevelOption = .warning

    @OptionGroup var logging: LoggingOptions

    var wantsJSON: Bool { false }

    func validate() throws {
        try asValidation { _ = try configuration(variables: [:]) }
        try OptionCombinations.simulator(traffic: traffic, trafficInterval: trafficInterval)
    }

    func execute(environment: CLIEnvironment, output: OutputSink) async throws -> ExitStatus {
        let configuration = try configuration(variables: environment.variables)
        let logger = try logging.makeLogger(
            label: "sgaccess.sim", secrets: [configuration.apiKey] + configuration.scopedKeys.keys,
            failures: LogFailureRoute(output: output))
        environment.armTermination()
        let handle: SimulatorHandle
        do {
            handle = try await environment.startSimulator(configuration)
        } catch {
            throw startFailure(error, key: configuration.apiKey)
        }
        output.out("listening on \(handle.baseURL)")
        banner(configuration, baseURL: handle.baseURL).forEach(output.err)
        logger.info("simulator listening", metadata: ["base_url": "\(handle.baseURL)"])
        await environment.waitForTermination()
        await handle.stop()
        output.err("Simulator stopped.")
        logger.info("simulator stopped")
        return .success
    }
}
