import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// AsyncHTTPClient's (SwiftNIO's) transport errors as `NetworkFailure.Kind`s, so that both transports say the same
/// sentences. Measured on loopback with `retryConnectionEstablishment` off:
///
/// | Situation | Error |
/// |-----------|-------|
/// | closed port | `NIOConnectionError` whose connection errors are `IOError` ECONNREFUSED |
/// | unknown host | `NIOConnectionError` with a DNS error and no connection attempt |
/// | https to a plain-HTTP port, bad certificate | `NIOSSLError` / `BoringSSLError` |
/// | server accepts, never answers | `HTTPClientError.deadlineExceeded` (the request's deadline) |
/// | server closes or resets the connection | `HTTPClientError.remoteConnectionClosed`, `IOError` ECONNRESET |
/// | server closes before the announced length | `HTTPParserError.invalidEOFState` |
extension NetworkFailure {
    /// The kind of a transport error AsyncHTTPClient threw; nil when it is none of theirs.
    static func kind(of error: any Error) -> Kind? {
        switch error {
        case let error as HTTPClientError: return kind(of: error)
        case let error as NIOConnectionError:
            if error.connectionErrors.isEmpty, error.dnsAError != nil || error.dnsAAAAError != nil {
                return .hostNotFound
            }
            let causes = error.connectionErrors.map { kind(of: $0.error) ?? .other(code: 0) }
            return causes.first { $0 == .refused } ?? causes.first ?? .hostNotFound
        case let error as IOError: return kind(errno: error.errnoCode)
        case is SocketAddressError: return .hostNotFound
        case is NIOSSLError, is BoringSSLError, is NIOSSLExtraError: return .tls
        case is ChannelError: return .reset
        case let error as HTTPParserError where error == .invalidEOFState: return .reset  // closed mid-body
        case is CancellationError: return .cancelled
        default: return nil
        }
    }

    private static func kind(of error: HTTPClientError) -> Kind? {
        switch error {
        case .deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout, .getConnectionFromPoolTimeout,
            .tlsHandshakeTimeout:
            return .timedOut
        case .remoteConnectionClosed, .uncleanShutdown: return .reset
        case .cancelled, .requestStreamCancelled: return .cancelled
        case .invalidURL, .emptyHost, .emptyScheme: return .rejectedURL
        default: return nil
        }
    }

    private static func kind(errno code: Int32) -> Kind {
        switch code {
        case ECONNREFUSED: return .refused
        case ECONNRESET, EPIPE, ECONNABORTED: return .reset
        case ENETUNREACH, ENETDOWN, EHOSTUNREACH: return .offline
        case ETIMEDOUT: return .timedOut
        default: return .other(code: Int(code))
        }
    }
}
