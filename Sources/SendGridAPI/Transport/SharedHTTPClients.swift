import AsyncHTTPClient
import Dispatch
import NIOCore
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
import Synchronization

/// The process's AsyncHTTPClient instances, one per decoded-size cap (in practice one). They live as long as the
/// process: an `HTTPClient` must be shut down before it is released, and its connection pool is worth keeping.
public enum SharedHTTPClients {
    private static let clients = Mutex<[Int: HTTPClient]>([:])

    /// An OpenAPI transport on the shared client for `maxDecodedBytes`; each request must be over within `timeout`.
    static func transport(timeout: Duration, maxDecodedBytes: Int) -> AsyncHTTPClientTransport {
        let nanoseconds = timeout.components.seconds * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000
        return AsyncHTTPClientTransport(
            configuration: .init(client: client(maxDecodedBytes: maxDecodedBytes), timeout: .nanoseconds(nanoseconds)))
    }

    static func client(maxDecodedBytes: Int) -> HTTPClient {
        clients.withLock { clients in
            if let client = clients[maxDecodedBytes] { return client }
            let client = HTTPClient(
                eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration(maxDecodedBytes))
            clients[maxDecodedBytes] = client
            return client
        }
    }

    private static func configuration(_ maxDecodedBytes: Int) -> HTTPClient.Configuration {
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            // gzip (and deflate) answers are decoded as they arrive; inflating stops past the cap, so a small
            // compressed body can never grow into more than the cap in memory. The request asks for gzip.
            decompression: .enabled(limit: .size(maxDecodedBytes)))
        // Fail a request at once when its connection cannot be made: the client's own RetryPolicy decides whether to
        // try again, and the error names what happened (refused, DNS) instead of a generic deadline.
        configuration.connectionPool.retryConnectionEstablishment = false
        return configuration
    }
}

extension SharedHTTPClients {
    /// Makes the standard client (its event-loop threads, its pool) on another thread now, while the caller parses its
    /// arguments and reads its configuration: the terminal app's first requests then go out a few milliseconds
    /// sooner. The client is the one every standard configuration uses, so nothing is made twice.
    public static func warmUp() {
        DispatchQueue.global(qos: .userInitiated).async {
            _ = client(maxDecodedBytes: ResponseLimits.standard.maxBytes)
        }
    }
}
