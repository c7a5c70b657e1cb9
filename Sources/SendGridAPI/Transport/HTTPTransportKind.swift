import OpenAPIRuntime
import Synchronization

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Which HTTP stack carries the requests. AsyncHTTPClient (SwiftNIO) is the only one the app links: sub-second
/// timeouts, gzip, and none of the libraries FoundationNetworking loads (docs/TRANSPORT.md has the measurements).
/// Another kind (URLSession, in the `SendGridURLSession` target) exists only where a test or the measuring build
/// `sgaccess-urlsession` links it and calls `register`; `SGACCESS_TRANSPORT=NAME` then picks it by name.
public struct HTTPTransportKind: Sendable, Hashable, CustomStringConvertible {
    /// Makes a transport whose requests time out after `timeout`, accepting gzip of at most `maxDecodedBytes`.
    public typealias Factory = @Sendable (_ timeout: Duration, _ maxDecodedBytes: Int) -> any ClientTransport

    /// What `SGACCESS_TRANSPORT` calls it ("ahc", "urlsession").
    public let name: String
    private let factory: Factory

    public init(name: String, factory: @escaping Factory) {
        self.name = name
        self.factory = factory
    }

    public var description: String { name }
    public static func == (lhs: HTTPTransportKind, rhs: HTTPTransportKind) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }

    public static let asyncHTTPClient = HTTPTransportKind(name: "ahc") { timeout, maxDecodedBytes in
        SharedHTTPClients.transport(timeout: timeout, maxDecodedBytes: maxDecodedBytes)
    }

    /// The environment variable that picks the transport (hidden: for measurements).
    public static let environmentKey = "SGACCESS_TRANSPORT"
    /// Overrides every request timeout with this many milliseconds (hidden: for measuring sub-second timeouts).
    public static let timeoutEnvironmentKey = "SGACCESS_TIMEOUT_MS"

    public static let standard = HTTPTransportKind.asyncHTTPClient

    private static let known = Mutex<[HTTPTransportKind]>([.asyncHTTPClient])

    /// The kinds `SGACCESS_TRANSPORT` may name in this process: the standard one and every registered one.
    public static var available: [HTTPTransportKind] { known.withLock { $0 } }

    /// Makes `kind` nameable by `SGACCESS_TRANSPORT`; call it before the first client is made.
    public static func register(_ kind: HTTPTransportKind) {
        known.withLock { kinds in if !kinds.contains(kind) { kinds.append(kind) } }
    }

    /// What this process's environment picks (read at the first client).
    public static var fromProcess: HTTPTransportKind { from(environment: ProcessInfo.processInfo.environment) }
    /// This process's `SGACCESS_TIMEOUT_MS` (read once).
    public static let timeoutFromProcess = timeoutOverride(environment: ProcessInfo.processInfo.environment)

    /// The kind `environment` names among `available`; the standard one when it names none (or an unknown one).
    public static func from(
        environment: [String: String], among available: [HTTPTransportKind] = HTTPTransportKind.available
    ) -> HTTPTransportKind {
        guard let name = environment[environmentKey]?.lowercased() else { return standard }
        return available.first { $0.name == name } ?? standard
    }

    /// `SGACCESS_TIMEOUT_MS` as a duration, when it holds a positive whole number.
    public static func timeoutOverride(environment: [String: String]) -> Duration? {
        guard let text = environment[timeoutEnvironmentKey], let millis = Int(text), millis > 0 else { return nil }
        return .milliseconds(millis)
    }

    /// A transport of this kind: requests time out after `timeout` (URLSession rounds it up to whole seconds);
    /// gzip answers are accepted and decoded, at most `maxDecodedBytes` of them.
    public func make(timeout: Duration, maxDecodedBytes: Int) -> any ClientTransport {
        factory(timeout, maxDecodedBytes)
    }
}
