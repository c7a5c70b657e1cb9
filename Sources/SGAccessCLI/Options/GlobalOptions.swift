import AccessConfig
import AccessCore
import ArgumentParser
import Foundation
import SendGridAPI
import TerminalKit

/// Options every API subcommand takes: where to connect, as whom, with which key, this host's address, and how
/// to print.
/// The key itself is never an option: it comes from `SENDGRID_API_KEY`, `--api-key-file` or a profile.
/// Every option here wins over the same setting of the config file's profile (see `ConfigResolution`).
public struct GlobalOptions: ParsableArguments, Sendable {
    @Option(
        help: ArgumentHelp(
            "Use the config file's profile NAME (default: SGACCESS_PROFILE, else the file's default_profile).",
            valueName: "NAME"),
        completion: .custom { _ in ProfileCompletion.names() })
    public var profile: String?

    @Option(
        name: .customLong("base-url"),
        help: ArgumentHelp(
            "API host without /v3, e.g. a simulator's http://127.0.0.1:PORT (default: SENDGRID_BASE_URL, else the region's host).",
            valueName: "URL"))
    public var baseURL: String?

    @Option(help: "SendGrid region when no base URL is given: global or eu.")
    public var region: RegionOption?

    @Option(
        name: .customLong("on-behalf-of"),
        help: ArgumentHelp("Act for a subuser (its name) or `account-id N`.", valueName: "NAME"))
    public var onBehalfOf: String?

    @Option(
        name: .customLong("api-key-file"),
        help: ArgumentHelp(
            "Read the API key from PATH (mode 600 required); otherwise from the profile or SENDGRID_API_KEY.",
            valueName: "PATH"))
    public var apiKeyFile: String?

    @Option(
        help: ArgumentHelp(
            "Give up after SECONDS (1–600) in all, retries and rate-limit waits included (the terminal app: per request).",
            valueName: "SECONDS"))
    public var timeout: Int = 10

    @Option(
        name: .customLong("my-ip"),
        help: ArgumentHelp(
            "This host's address as SendGrid sees it, for the lockout guard (repeatable; also SGACCESS_MY_IPS). SSH_CONNECTION names your workstation, not this host.",
            valueName: "ADDR"))
    public var myIPs: [String] = []

    @Option(
        name: .customLong("my-ip-url"),
        help: ArgumentHelp("A URL answering this host's public address as plain text.", valueName: "URL"))
    public var myIPURL: String?

    @Flag(help: "Print the result as JSON (shapes documented in JSONShapes.md).")
    public var json = false

    @OptionGroup public var logging: LoggingOptions

    public init() {}

    public mutating func validate() throws {
        guard (1...600).contains(timeout) else {
            throw ValidationError("--timeout must be between 1 and 600 seconds (got \(timeout)).")
        }
        if baseURL != nil && region != nil {
            throw ValidationError("Give either --base-url or --region, not both.")
        }
        try asValidation {
            // The same checks the config layer applies (ConfigResolution.resolve), here for a message naming the flag
            // before anything else is read.
            if let baseURL {
                _ = try BaseURLResolver.resolve(override: baseURL).mapError { CLIError.usage($0.message) }.get()
            }
            if let myIPURL, DiscoveryURL.check(myIPURL) == nil {
                throw CLIError.usage("--my-ip-url " + DiscoveryURL.problem(Sanitizer.clean(myIPURL, maxColumns: 80)))
            }
            if let onBehalfOf {
                _ = try OnBehalfOf.parse(onBehalfOf).mapError { CLIError.usage("--on-behalf-of: " + $0.message) }.get()
            }
            try MyAddressInput.check(myIPs, origin: "--my-ip")
        }
    }

    /// What the command line says, for `ConfigResolution` (the terminal app adds its own flags).
    func configFlags(terminal: TerminalOptions? = nil) -> ConfigFlags {
        ConfigFlags(
            profile: profile, baseURL: baseURL, region: region?.region, onBehalfOf: onBehalfOf, apiKeyFile: apiKeyFile,
            myIPs: myIPs, myIPURL: myIPURL, readOnly: terminal?.readOnly ?? false,
            pollInterval: terminal?.pollInterval, listInterval: terminal?.listInterval,
            activityLimit: terminal?.activityLimit)
    }
}
