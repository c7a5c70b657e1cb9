import AsyncHTTPClient
import Dispatch
import NIOCore
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
import Synchronization

/// The process's one AsyncHTTPClient. It lives as long as the process: an `HTTPClient` must be shut down before it is
/// released, and its connection pool is worth keeping.
public enum SharedHTTPClients {
    private static let shared = Mutex<HTTPClient?>(nil)

    /// An OpenAPI transport on the shared client, undoing gzip of at most `maxDecodedBytes` itself
    /// (`InflatingTransport`); each request must be over within `timeout`.
    static func transport(timeout: Duration, maxDecodedBytes: Int) -> InflatingTransport {
        let nanoseconds = timeout.components.seconds * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000
        let base = AsyncHTTPClientTransport(configuration: .init(client: client(), timeout: .nanoseconds(nanoseconds)))
        return InflatingTransport(base: base, maxDecodedBytes: maxDecodedBytes)
    }

    static func client() -> HTTPClient {
        shared.withLock { shared in
            if let client = shared { return client }
            let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration())
            shared = client
            return client
        }
    }

    private static func configuration() -> HTTPClient.Configuration {
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            // The compressed bytes are handed on as they came: `InflatingTransport` asks for gzip and inflates the
            // whole body in one pass, within the cap.
            decompression: .disabled)
        // Fail a request at once when its connection cannot be made: the client's own RetryPolicy decides whether to
        // try again, and the error names what happened (refused, DNS) instead of a generic deadline.
        configuration.connectionPool.retryConnectionEstablishment = false
        return configuration
    }
}

extension SharedHTTPClients {
    /// Makes the standard client (its event-loop threads, its pool) on another thread now, while the caller parses its
    /// arguments and reads its configuration: the terminal app's first requests then go out a few milliseconds
    /// sooner. There is one client, so nothing is made twice.
    public static func warmUp() {
        DispatchQueue.global(qos: .userInitiated).async {
            _ = client()
        }
    }
}
