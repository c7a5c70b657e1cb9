import OpenAPIRuntime

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Which HTTP stack carries the requests. AsyncHTTPClient (SwiftNIO) is the default: sub-second timeouts, gzip,
/// and none of the libraries FoundationNetworking loads (docs/TRANSPORT.md has the measurements).
/// `SGACCESS_TRANSPORT=urlsession` picks URLSession (libcurl) instead, for measuring the two side by side.
public enum HTTPTransportKind: String, Sendable, CaseIterable {
    case asyncHTTPClient = "ahc"
    case urlSession = "urlsession"

    /// The environment variable that picks the transport (hidden: for measurements).
    public static let environmentKey = "SGACCESS_TRANSPORT"
    /// Overrides every request timeout with this many milliseconds (hidden: for measuring sub-second timeouts).
    public static let timeoutEnvironmentKey = "SGACCESS_TIMEOUT_MS"

    public static let standard = HTTPTransportKind.asyncHTTPClient

    /// What this process's environment picks (read once).
    public static let fromProcess = from(environment: ProcessInfo.processInfo.environment)
    /// This process's `SGACCESS_TIMEOUT_MS` (read once).
    public static let timeoutFromProcess = timeoutOverride(environment: ProcessInfo.processInfo.environment)

    /// The kind `environment` names; the standard one when it names none (or an unknown one).
    public static func from(environment: [String: String]) -> HTTPTransportKind {
        environment[environmentKey].flatMap { HTTPTransportKind(rawValue: $0.lowercased()) } ?? standard
    }

    /// `SGACCESS_TIMEOUT_MS` as a duration, when it holds a positive whole number.
    public static func timeoutOverride(environment: [String: String]) -> Duration? {
        guard let text = environment[timeoutEnvironmentKey], let millis = Int(text), millis > 0 else { return nil }
        return .milliseconds(millis)
    }

    /// A transport of this kind: requests time out after `timeout` (URLSession rounds it up to whole seconds);
    /// gzip answers are accepted and decoded, at most `maxDecodedBytes` of them.
    public func make(timeout: Duration, maxDecodedBytes: Int) -> any ClientTransport {
        switch self {
        case .asyncHTTPClient:
            return SharedHTTPClients.transport(timeout: timeout, maxDecodedBytes: maxDecodedBytes)
        case .urlSession:
            let seconds = Int(
                (Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18)
                    .rounded(.up))
            return SendGridClient.urlSessionTransport(timeoutSeconds: seconds)
        }
    }
}
