import AccessCore
import AsyncHTTPClient
import CompressNIO
import Foundation
import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOSSL
import OpenAPIRuntime
import SendGridSimulator
import SendGridURLSession
import Synchronization
import Testing

@testable import SendGridAPI

#if canImport(Glibc)
import Glibc
#endif

/// The AsyncHTTPClient transport on loopback: sub-second timeouts, its errors in the same words, gzip both ways,
/// and the response cap on what gzip inflates to.
@Suite("AsyncHTTPClient transport")
struct AsyncHTTPClientTransportTests {
    private func client(
        _ baseURL: String, key: String = testKey, timeout: Duration? = nil, limits: ResponseLimits = .standard,
        transport: (any ClientTransport)? = nil
    ) -> SendGridClient {
        let configuration = ClientConfiguration(
            baseURL: URL(string: baseURL)!, apiKey: APIKey(key), timeoutSeconds: 5, retry: .none,
            responseLimits: limits, transport: .asyncHTTPClient, timeoutOverride: timeout)
        return SendGridClient(configuration: configuration, transport: transport)
    }

    // Only a lower bound on `elapsed`: the upper one would measure the loaded test machine (see
    // URLSessionTransportTests); scripts/bench-transport.sh shows how long each transport really takes.
    @Test(.timeLimit(.minutes(1))) func aHalfSecondTimeoutFiresAfterHalfASecond() async throws {
        let listener = try SilentListener()
        defer { listener.close() }
        let started = ContinuousClock.now
        let error = await apiError { () async throws(APIError) in
            try await client("http://127.0.0.1:\(listener.port)", timeout: .milliseconds(500)).listRules()
        }
        let elapsed = ContinuousClock.now - started
        #expect(error == .timeout(seconds: 1, url: "http://127.0.0.1:\(listener.port)/v3/access_settings/whitelist"))
        #expect(elapsed >= .milliseconds(450), "\(elapsed)")
    }

    @Test func aServerThatClosesTheConnectionSaysSoAndNamesTheURL() async throws {
        let listener = try CannedListener(answer: nil)
        defer { listener.close() }
        let error = await apiError { () async throws(APIError) in
            try await client("http://127.0.0.1:\(listener.port)").listRules()
        }
        #expect(
            error?.message
                == "Could not reach SendGrid at http://127.0.0.1:\(listener.port)/v3/access_settings/whitelist: the "
                + "connection was closed before the answer arrived. Try again; if it persists, check the base URL and "
                + "any proxy in between.")
    }

    @Test func aGzipAnswerFromTheSimulatorDecodes() async throws {
        let recorder = EncodingRecorder(
            base: HTTPTransportKind.asyncHTTPClient.make(
                timeout: .seconds(5), maxDecodedBytes: ResponseLimits.standard.maxBytes))
        try await withContractSimulator { simulator in
            _ = try simulator.addRules((1...300).map { "198.51.\($0 / 256).\($0 % 256)" })
            let listed = try await client(simulator.baseURL, key: contractKey, transport: recorder).listRules()
            #expect(listed.value.count == listedIPs(simulator).count)
            #expect(listed.value.map(\.ip) == listedIPs(simulator))
        }
        #expect(recorder.encodings == ["gzip"])
    }

    /// 64 MiB of zeros gzip to about 64 KB: the cap (1 MiB of decoded bytes) stops it, whatever the ratio.
    @Test(.timeLimit(.minutes(1))) func aGzipBombStopsAtTheCap() async throws {
        var zeros = ByteBuffer(repeating: 0x20, count: 64 * 1024 * 1024)
        let bomb = try zeros.compress(with: .gzip())
        zeros = ByteBuffer()
        #expect(bomb.readableBytes < 1024 * 1024)
        let listener = try CannedListener(
            answer: CannedListener.response(
                headers: ["Content-Type: application/json", "Content-Encoding: gzip"], body: Array(buffer: bomb)))
        defer { listener.close() }
        let limits = ResponseLimits(maxBytes: 1024 * 1024, maxRows: 10)
        let error = await apiError { () async throws(APIError) in
            try await client("http://127.0.0.1:\(listener.port)", limits: limits).listRules()
        }
        #expect(error == .tooLarge(request: APIOperation.listRules.endpoint, maxBytes: 1024 * 1024))
    }

    /// A canned answer on loopback whose body is gzipped, as SendGrid sends it.
    private func gzipped(status: String = "200 OK", _ json: String, cut: Int = 0) throws -> CannedListener {
        var plain = ByteBuffer(string: json)
        let zipped = Array(buffer: try plain.compress(with: .gzip())).dropLast(cut)
        return try CannedListener(
            answer: CannedListener.response(
                status: status, headers: ["Content-Type: application/json", "Content-Encoding: gzip"],
                body: Array(zipped)))
    }

    /// Every answer is inflated, not only the list's: the activity's, and an error's messages.
    @Test func gzippedActivityAndErrorAnswersAreRead() async throws {
        let activity = try gzipped(
            #"{"result":[{"allowed":false,"auth_method":"API","ip":"198.51.100.7","first_at":1,"last_at":2,"location":"x"}]}"#
        )
        defer { activity.close() }
        let read = try await client("http://127.0.0.1:\(activity.port)").activity(limit: 10)
        #expect(read.value.map(\.ip) == ["198.51.100.7"])
        let refused = try gzipped(status: "403 Forbidden", #"{"errors":[{"field":null,"message":"access forbidden"}]}"#)
        defer { refused.close() }
        let error = await apiError { () async throws(APIError) in
            try await client("http://127.0.0.1:\(refused.port)").listRules()
        }
        #expect(error == .forbidden(messages: ["access forbidden"], operation: APIOperation.listRules.rawValue))
    }

    /// A list whose gzip stops short (a cut connection the length did not catch) is an unreadable answer that says
    /// why, not a crash and not an empty list.
    @Test func aCutOffGzipListSaysItEndedEarly() async throws {
        let listener = try gzipped(
            #"{"result":[{"id":1,"ip":"203.0.113.0/24","created_at":1,"updated_at":1}]}"#, cut: 12)
        defer { listener.close() }
        let error = await apiError { () async throws(APIError) in
            try await client("http://127.0.0.1:\(listener.port)").listRules()
        }
        #expect(error?.message.contains("ends too early") == true, "\(error?.message ?? "no error")")
    }

    @Test func itsErrorsMapToTheSameKindsAsURLSessions() {
        #expect(NetworkFailure.kind(of: HTTPClientError.deadlineExceeded) == .timedOut)
        #expect(NetworkFailure.kind(of: HTTPClientError.readTimeout) == .timedOut)
        #expect(NetworkFailure.kind(of: HTTPClientError.connectTimeout) == .timedOut)
        #expect(NetworkFailure.kind(of: HTTPClientError.remoteConnectionClosed) == .reset)
        #expect(NetworkFailure.kind(of: HTTPClientError.cancelled) == .cancelled)
        #expect(NetworkFailure.kind(of: HTTPClientError.invalidURL) == .rejectedURL)
        #expect(NetworkFailure.kind(of: IOError(errnoCode: ECONNREFUSED, reason: "connect")) == .refused)
        #expect(NetworkFailure.kind(of: IOError(errnoCode: ECONNRESET, reason: "read")) == .reset)
        #expect(NetworkFailure.kind(of: IOError(errnoCode: ENETUNREACH, reason: "connect")) == .offline)
        #expect(NetworkFailure.kind(of: NIOSSLError.handshakeFailed(.sslError([]))) == .tls)
        #expect(NetworkFailure.kind(of: ChannelError.eof) == .reset)
        #expect(NetworkFailure.kind(of: HTTPParserError.invalidEOFState) == .reset)
        #expect(NetworkFailure.kind(of: HTTPClientError.bodyLengthMismatch) == nil)
    }

    @Test func theEnvironmentPicksTheTransportAndAFinerTimeout() {
        #expect(HTTPTransportKind.from(environment: [:]) == .asyncHTTPClient)
        // URLSession is nameable only where it is linked and registered (tests, the measuring build).
        #expect(
            HTTPTransportKind.from(environment: ["SGACCESS_TRANSPORT": "urlsession"], among: [.asyncHTTPClient])
                == .asyncHTTPClient)
        let both: [HTTPTransportKind] = [.asyncHTTPClient, .urlSession]
        #expect(HTTPTransportKind.from(environment: ["SGACCESS_TRANSPORT": "urlsession"], among: both) == .urlSession)
        #expect(HTTPTransportKind.from(environment: ["SGACCESS_TRANSPORT": "AHC"]) == .asyncHTTPClient)
        #expect(HTTPTransportKind.from(environment: ["SGACCESS_TRANSPORT": "curl"]) == .asyncHTTPClient)
        #expect(HTTPTransportKind.timeoutOverride(environment: ["SGACCESS_TIMEOUT_MS": "500"]) == .milliseconds(500))
        #expect(HTTPTransportKind.timeoutOverride(environment: ["SGACCESS_TIMEOUT_MS": "0"]) == nil)
        #expect(HTTPTransportKind.timeoutOverride(environment: ["SGACCESS_TIMEOUT_MS": "half"]) == nil)
    }
}

/// Passes requests to `base` and records each answer's `Content-Encoding` (what came over the wire; the body it
/// hands on is already decoded).
final class EncodingRecorder: ClientTransport, Sendable {
    let base: any ClientTransport
    private let seen = Mutex<[String]>([])

    init(base: any ClientTransport) { self.base = base }

    var encodings: [String] { seen.withLock { $0 } }

    func send(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let (response, responseBody) = try await base.send(
            request, body: body, baseURL: baseURL, operationID: operationID)
        seen.withLock { $0.append(response.headerFields[.contentEncoding] ?? "identity") }
        return (response, responseBody)
    }
}
