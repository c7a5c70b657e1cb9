import AccessCore
import ArgumentParser
import Foundation
import SendGridAPI

/// Options every API subcommand takes: where to connect, as whom, with which key, who "I" am, and how to print.
/// The key itself is never an option: it comes from `SENDGRID_API_KEY` or `--api-key-file`.
public struct GlobalOptions: ParsableArguments, Sendable {
    @Option(name: .customLong("base-url"), help: ArgumentHelp(
        "API host without /v3, e.g. a simulator's http://127.0.0.1:PORT (default: SENDGRID_BASE_URL, else the region's host).",
        valueName: "URL"))
    public var baseURL: String?

    @Option(help: "SendGrid region when no base URL is given: global or eu.")
    public var region: RegionOption?

    @Option(name: .customLong("on-behalf-of"), help: ArgumentHelp("Act for a subuser (its name) or `account-id N`.", valueName: "NAME"))
    public var onBehalfOf: String?

    @Option(name: .customLong("api-key-file"), help: ArgumentHelp(
        "Read the API key from PATH (mode 600 required); otherwise from SENDGRID_API_KEY.", valueName: "PATH"))
    public var apiKeyFile: String?

    @Option(help: ArgumentHelp("Per-request timeout in whole seconds (1–600).", valueName: "SECONDS"))
    public var timeout: Int = 10

    @Option(name: .customLong("my-ip"), help: ArgumentHelp(
        "One of your own addresses, for the lockout guard (repeatable; also SGACCESS_MY_IPS and SSH_CONNECTION).", valueName: "ADDR"))
    public var myIPs: [String] = []

    @Option(name: .customLong("my-ip-url"), help: ArgumentHelp("A URL answering your public address as plain text.", valueName: "URL"))
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
            if let baseURL { _ = try Self.checkedBaseURL(baseURL, origin: "--base-url") }
            if let myIPURL { _ = try Self.checkedURL(myIPURL, origin: "--my-ip-url") }
            _ = try MyAddressResolver.parseFlags(myIPs)
        }
        if let onBehalfOf {
            guard !onBehalfOf.isEmpty, onBehalfOf.count <= 256,
                  onBehalfOf.unicodeScalars.allSatisfy({ !Sanitizer.isUnsafe($0) }) else {
                throw ValidationError("--on-behalf-of must be a subuser name or `account-id N`, without control characters.")
            }
        }
    }

    /// The host to talk to: `--base-url`, else `--region`, else `SENDGRID_BASE_URL`, else the global region.
    func resolvedBaseURL(variables: [String: String]) throws -> URL {
        if let baseURL { return try Self.checkedBaseURL(baseURL, origin: "--base-url") }
        if let region { return region.region.baseURL }
        if let value = variables["SENDGRID_BASE_URL"], !value.isEmpty {
            return try Self.checkedBaseURL(value, origin: "SENDGRID_BASE_URL")
        }
        return Region.global.baseURL
    }

    func resolvedDiscoveryURL() throws -> URL? {
        try myIPURL.map { try Self.checkedURL($0, origin: "--my-ip-url") }
    }

    static func checkedURL(_ text: String, origin: String) throws -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              let host = url.host, !host.isEmpty else {
            throw CLIError.usage("\(origin) '\(Sanitizer.terminalSafe(text, maxColumns: 80))' is not an http(s) URL; write e.g. http://127.0.0.1:8080.")
        }
        return url
    }

    /// Like `checkedURL`, and refuses to send the key over plain http to anything but loopback.
    static func checkedBaseURL(_ text: String, origin: String) throws -> URL {
        let url = try checkedURL(text, origin: origin)
        if url.scheme?.lowercased() == "http", let host = url.host, !isLoopback(host) {
            throw CLIError.usage("\(origin) uses plain http to \(host): the API key would cross the network unencrypted. "
                + "Use https, or http only for a loopback simulator (127.0.0.1, ::1, localhost).")
        }
        return url
    }

    static func isLoopback(_ host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        if bare == "localhost" || bare == "::1" { return true }
        guard let address = IPAddress(bare), address.family == .v4 else { return false }
        return address.value >> 24 == 127
    }
}

/// `--region` values.
public enum RegionOption: String, ExpressibleByArgument, CaseIterable, Sendable {
    case global
    case eu

    var region: Region { self == .eu ? .eu : .global }
}
