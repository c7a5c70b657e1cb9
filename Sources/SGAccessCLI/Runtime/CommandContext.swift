import AccessCore
import Foundation
import Logging
import SendGridAPI

/// What an API subcommand works with once its options are resolved: the client, my addresses, the output
/// and the logger. Built in the order that gives the most useful first error: input, key, then addresses.
struct CommandContext: Sendable {
    let service: any AccessSettingsService
    let mine: [MyAddress]
    let output: OutputSink
    let environment: CLIEnvironment
    let json: Bool
    let logger: Logger
    /// Whom the command acts on; the last line of every human output names it (`CommandContext+Target.swift`).
    let target: AccountTarget
    /// Where a log that cannot be written is reported (standard error, or the app once it runs).
    let logFailures: LogFailureRoute
    /// The key, only to scrub it from anything the API echoes back.
    private let secrets: [String]

    /// - Parameter terminalApp: true for the terminal app, which polls for as long as it runs and owns the
    ///   screen: its client gets no whole-command deadline and prints no wait notices (it logs them).
    static func make(
        _ global: GlobalOptions, environment: CLIEnvironment, output: OutputSink, command: String,
        terminalApp: Bool = false
    ) async throws -> CommandContext {
        // `--timeout` bounds the whole command, from here on.
        let deadline = terminalApp ? nil : Deadline.after(seconds: global.timeout)
        let variables = environment.variables
        let baseURL = try global.resolvedBaseURL(variables: variables)
        let discoveryURL = try global.resolvedDiscoveryURL()
        let key = try APIKeyLoader.load(environment: variables, keyFilePath: global.apiKeyFile)
            .mapError { CLIError.auth($0.message) }.get().key
        let logFailures = LogFailureRoute(output: output)
        var logger = try global.logging.makeLogger(label: "sgaccess.cli", secrets: [key.secret], failures: logFailures)
        logger[metadataKey: "command"] = "\(command)"
        let notice = terminalApp ? nil : Self.printNotices(on: output)
        let onBehalfOf = try global.resolvedOnBehalfOf()
        let configuration = ClientConfiguration(
            baseURL: baseURL, apiKey: key, onBehalfOf: onBehalfOf, timeoutSeconds: global.timeout,
            logger: logger, deadline: deadline, onRetryWait: notice)
        try MyAddressInput.check(
            [variables[MyAddressResolver.environmentKey] ?? ""], origin: MyAddressResolver.environmentKey)
        let resolution = await MyAddressResolver(fetch: environment.fetchText)
            .resolve(myIPs: global.myIPs, environment: variables, discoveryURL: discoveryURL)
        resolution.warnings.forEach { output.err("Warning: " + $0) }
        let mine = resolution.addresses
        logger.info(
            "start",
            metadata: [
                "base_url": "\(baseURL.absoluteString)",
                "my_ips": "\(mine.map(\.address.description).joined(separator: ","))",
            ])
        let service = try environment.makeService(configuration)
        return CommandContext(
            service: service, mine: mine, output: output, environment: environment,
            json: global.json, logger: logger, target: Self.target(baseURL: baseURL, onBehalfOf: onBehalfOf),
            logFailures: logFailures, secrets: [key.secret])
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
