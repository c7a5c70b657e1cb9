import AccessConfig
import AccessCore
import ArgumentParser
import Foundation
import SendGridAPI
import SendGridSimulator
import TerminalApp
import TerminalUI

/// `sgaccess demo`: starts the simulator in-process (demo seed, live traffic, enforcement on) and opens the
/// terminal app against it. No SendGrid account or key is involved; the simulator's demo key is used.
struct DemoCommand: CLICommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Open the terminal app against an embedded simulator with demo data.")

    @Option(
        name: .customLong("client-ip"),
        help: ArgumentHelp(
            "The address the simulator sees you calling from (your own address in the demo).", valueName: "ADDR"))
    var clientIP = "203.0.113.10"

    @Option(help: "Initial data: demo or empty (an empty list: enforcement off until the first rule).")
    var seed: SeedOption = .demo

    @Flag(name: .customLong("no-traffic"), help: "Do not generate new access attempts over time.")
    var noTraffic = false

    @OptionGroup var terminal: TerminalOptions
    @OptionGroup var logging: LoggingOptions

    var wantsJSON: Bool { false }

    func validate() throws {
        guard IPAddress(clientIP) != nil else {
            throw ValidationError("--client-ip '\(clientIP)' is not an IPv4 or IPv6 address.")
        }
    }

    /// Not used by the program (see `run`): the app's status may be 128 + a signal, which `ExitStatus` lacks.
    func execute(environment: CLIEnvironment, output: OutputSink) async throws -> ExitStatus {
        ExitStatus(rawValue: try await run(environment: environment, output: output)) ?? .api
    }

    func run(environment: CLIEnvironment, output: OutputSink) async throws -> Int32 {
        var logging = self.logging
        if logging.logFile == nil { logging.logFile = TerminalOptions.defaultLogFile(variables: environment.variables) }
        let failures = LogFailureRoute(output: output)
        let logger = try logging.makeLogger(
            label: "sgaccess.demo", secrets: [SimulatorConfiguration.demoAPIKey], failures: failures)
        var simulator = SimulatorConfiguration()
        simulator.clientIP = clientIP
        simulator.logger = logger
        simulator.seed = seed == .demo ? .demo : .empty
        simulator.traffic = !noTraffic
        let handle: SimulatorHandle
        do {
            handle = try await environment.startSimulator(simulator)
        } catch {
            throw CLIError(.api, "The embedded simulator could not start: \(String(describing: error)).")
        }
        guard let baseURL = URL(string: handle.baseURL) else {
            throw CLIError(.api, "The simulator gave an unusable address.")
        }
        let service = try environment.makeService(
            ClientConfiguration(baseURL: baseURL, apiKey: APIKey(SimulatorConfiguration.demoAPIKey), logger: logger))
        let mine = [MyAddress(address: IPAddress(clientIP)!, source: .configured)]
        let app = AppConfig(
            target: AccountTarget(endpoint: .init(baseURL: baseURL)), readOnly: terminal.readOnly,
            myAddresses: mine, activityLimit: terminal.activityLimit ?? ResolvedProfile.defaultActivityLimit,
            pollInterval: terminal.pollInterval ?? ResolvedProfile.defaultPollInterval,
            listInterval: terminal.listInterval ?? ResolvedProfile.defaultListInterval)
        logger.info("demo started", metadata: ["base_url": "\(handle.baseURL)"])
        var options = terminal.runtimeOptions(app: app)
        options.actor = JournalActor(variables: environment.variables, hostName: environment.hostName, program: "demo")
        options.actor.user = options.actor.user ?? environment.userName
        // The demo's journal, notes and dismissals stay in memory, like its simulator's list: nothing of a demo
        // run is left in the state folder.
        return try await TerminalLauncher.run(service: service, options: options, logger: logger, failures: failures)
    }
}
