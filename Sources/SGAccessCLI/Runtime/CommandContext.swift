import AccessConfig
import AccessCore
import AccessLedger
import Foundation
import Logging
import SendGridAPI

/// What an API subcommand works with once its options are resolved: the client, my addresses, the output
/// and the logger. Built in the order that gives the most useful first error: input (flags and the config
/// file), key, then addresses.
struct CommandContext: Sendable {
    let service: any AccessSettingsService
    /// Whom the command acts on (profile, on-behalf-of and host); the last line of every human output names it
    /// (`CommandContext+Target.swift`).
    let target: AccountTarget
    /// Flags, the active profile and the environment combined (the app reads its settings from here).
    let resolved: ResolvedProfile
    /// The config file as loaded (the app's account picker resolves its other profiles from it).
    let config: ConfigResolution
    let mine: [MyAddress]
    let output: OutputSink
    let environment: CLIEnvironment
    let json: Bool
    let logger: Logger
    /// Where a log that cannot be written is reported (standard error, or the app once it runs).
    let logFailures: LogFailureRoute
    /// This account's local records: the journal every change is written to first, notes and expiries,
    /// dismissals (`CommandContext+Ledger.swift`).
    let ledger: any LedgerStore
    /// The key, only to scrub it from anything the API echoes back.
    private let secrets: [String]

    /// - Parameter terminalApp: true for the terminal app, which polls for as long as it runs and owns the
    ///   screen: its client gets no whole-command deadline and prints no wait notices (it logs them).
    /// - Parameter terminal: the terminal app's flags, which win over the profile's app settings.
    static func make(
        _ global: GlobalOptions, environment: CLIEnvironment, output: OutputSink, command: String,
        terminalApp: Bool = false, terminal: TerminalOptions? = nil
    ) async throws -> CommandContext {
        // `--timeout` bounds the whole command, from here on.
        let deadline = terminalApp ? nil : Deadline.after(seconds: global.timeout)
        let variables = environment.variables
        let (config, resolved) = try resolve(global, terminal: terminal, variables: variables)
        let baseURL = resolved.baseURL
        let key = try resolved.keySource.load(variables: variables, hint: config.missingKeyHint)
            .mapError { CLIError.auth($0.message) }.get()
        let logFailures = LogFailureRoute(output: output)
        var logger = try global.logging.makeLogger(label: "sgaccess.cli", secrets: [key.secret], failures: logFailures)
        logger[metadataKey: "command"] = "\(command)"
        let notice = terminalApp ? nil : Self.printNotices(on: output)
        let configuration = ClientConfiguration(
            baseURL: baseURL, apiKey: key, onBehalfOf: resolved.onBehalfOf, timeoutSeconds: global.timeout,
            logger: logger, deadline: deadline, onRetryWait: notice)
        if resolved.usesEnvironmentMyIPs {
            try MyAddressInput.check(
                [variables[MyAddressResolver.environmentKey] ?? ""], origin: MyAddressResolver.environmentKey)
        }
        let resolution = await MyAddressResolver(fetch: environment.fetchText)
            .resolve(
                myIPs: resolved.myIPs, environment: resolved.addressEnvironment(variables),
                discoveryURL: resolved.discoveryURL)
        resolution.warnings.forEach { output.err("Warning: " + $0) }
        let mine = resolution.addresses
        logger.info(
            "start",
            metadata: [
                "version": "\(SGAccessVersion.current)",
                "profile": "\(resolved.profile ?? "-")",
                "target": "\(resolved.target.description)",
                "base_url": "\(baseURL.absoluteString)",
                "my_ips": "\(mine.map(\.address.description).joined(separator: ","))",
            ])
        let service = try environment.makeService(configuration)
        return CommandContext(
            service: service, target: resolved.target, resolved: resolved, config: config, mine: mine, output: output,
            environment: environment, json: global.json, logger: logger, logFailures: logFailures,
            ledger: Self.ledger(for: resolved.target, environment: environment), secrets: [key.secret])
    }

    /// Loads the config file and resolves the active profile; every problem is a usage error (exit 2).
    static func resolve(
        _ global: GlobalOptions, terminal: TerminalOptions?, variables: [String: String]
    ) throws -> (ConfigResolution, ResolvedProfile) {
        let config: ConfigResolution
        do {
            config = try ConfigResolution.load(variables: variables)
        } catch {
            throw CLIError.usage(error.message)
        }
        do {
            let resolved = try config.resolveActive(
                flags: global.configFlags(terminal: terminal), environment: variables)
            return (config, resolved)
        } catch {
            throw CLIError.usage(error.message)
        }
    }

    /// The addresses the guard protects (this host's, and a public SSH client address), marked as mine in output.
    var myAddresses: [IPAddress] { knowledge.protected }

    /// What the lockout guard knows: this host's addresses (`--my-ip`, `SGACCESS_MY_IPS`, `--my-ip-url`) and the
    /// operator's SSH address. The CLI runs once, so it learns nothing from the activity.
    var knowledge: AddressKnowledge { AddressKnowledge(given: mine) }

    /// Says on standard error why the command is silent before every retry wait.
    static func printNotices(on output: OutputSink) -> @Sendable (RetryWait) -> Void {
        { (next: RetryWait) -> Void in output.err(next.notice) }
    }

    /// Calls the API, logging the outcome and turning an `APIError` into a `CLIError`.
    func call<T: Sendable>(_ what: String, _ body: () async throws(APIError) -> APIResult<T>) async throws -> T {
        do {
            let result = try await body()
            logger.info("\(what) ok", metadata: result.rateLimit.map { ["rate_remaining": "\($0.remaining)"] } ?? [:])
            return result.value
        } catch {
            let cliError = CLIError(error).redacting(secrets)
            logger.error("\(what) failed: \(cliError.message)")
            throw cliError
        }
    }

    /// Prints `value` as JSON or the human lines, on standard output; human lines end with the target line.
    func emit<T: Encodable>(_ value: T, human: () -> [String]) {
        if json {
            output.out(JSONOutput.encode(value))
        } else {
            let lines = human()
            if !lines.isEmpty { output.out((lines + [targetLine]).joined(separator: "\n")) }
        }
    }

    /// A note for the operator on standard error (never in the JSON on standard output).
    func note(_ text: String) {
        output.err(text)
    }
}
