import Foundation
import SendGridURLSession
import Testing

@testable import SendGridAPI

#if canImport(Glibc)
import Glibc
#endif

/// Both transports on real loopback sockets: refused connections, unknown hosts and silent servers map to the same
/// sentences whichever carries the request.
@Suite("Both transports on loopback")
struct URLSessionTransportTests {
    private func client(
        _ kind: HTTPTransportKind, port: UInt16, timeoutSeconds: Int, host: String = "127.0.0.1"
    ) -> SendGridClient {
        let configuration = ClientConfiguration(
            baseURL: URL(string: "http://\(host):\(port)")!, apiKey: APIKey(testKey),
            timeoutSeconds: timeoutSeconds, retry: .none, transport: kind, timeoutOverride: nil)
        return SendGridClient(configuration: configuration)
    }

    @Test(arguments: [HTTPTransportKind.asyncHTTPClient, .urlSession]) func aClosedPortIsAConnectionFailure(
        kind: HTTPTransportKind
    ) async throws {
        let listener = try SilentListener()
        let port = listener.port
        listener.close()
        let error = await apiError { () async throws(APIError) in
            try await client(kind, port: port, timeoutSeconds: 2).listRules()
        }
        let url = "http://127.0.0.1:\(port)/v3/access_settings/whitelist"
        #expect(
            error?.message
                == "Could not reach SendGrid at \(url): the connection was refused: nothing is listening on "
                + "127.0.0.1:\(port). Is the simulator running (`sgaccess sim`)? Check --base-url, SENDGRID_BASE_URL "
                + "or the profile's base_url.")
    }

    // `.invalid` is reserved (RFC 2606): the name never resolves, whatever the network.
    @Test(arguments: [HTTPTransportKind.asyncHTTPClient, .urlSession]) func anUnknownHostSaysDNSAndNamesTheURL(
        kind: HTTPTransportKind
    ) async throws {
        let error = await apiError { () async throws(APIError) in
            try await client(kind, port: 8080, timeoutSeconds: 5, host: "nonexistent.invalid").activity(limit: 3)
        }
        #expect(
            error?.message
                == "Could not reach SendGrid at http://nonexistent.invalid:8080/v3/access_settings/activity: DNS "
                + "found no address for “nonexistent.invalid”. Check --base-url, SENDGRID_BASE_URL or the profile's "
                + "base_url (or --region) for a typo, and this machine's DNS.")
    }

    // A hang fails through the time limit. No upper bound on `elapsed`: it includes the wait for a cooperative
    // thread while hundreds of other tests run in parallel on 2 cores (48 s was seen), which is not the client's.
    @Test(.timeLimit(.minutes(2)), arguments: [HTTPTransportKind.asyncHTTPClient, .urlSession])
    func aServerThatNeverAnswersTimesOutInWholeSeconds(kind: HTTPTransportKind) async throws {
        let listener = try SilentListener()
        defer { listener.close() }
        let started = ContinuousClock.now
        let error = await apiError { () async throws(APIError) in
            try await client(kind, port: listener.port, timeoutSeconds: 1).listRules()
        }
        let elapsed = ContinuousClock.now - started
        #expect(error == .timeout(seconds: 1, url: "http://127.0.0.1:\(listener.port)/v3/access_settings/whitelist"))
        // 1 s must not fire early.
        #expect(elapsed >= .milliseconds(900), "\(elapsed)")
    }
}

/// A TCP socket on 127.0.0.1 that listens (so connects succeed through the backlog) but never reads or answers.
final class SilentListener: @unchecked Sendable {
    let fd: Int32
    let port: UInt16

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 8) == 0 else { throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        self.fd = fd
        self.port = UInt16(bigEndian: address.sin_port)
    }

    func close() { _ = Glibc.close(fd) }
}
