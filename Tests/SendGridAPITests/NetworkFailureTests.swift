import Foundation
import Testing

@testable import SendGridAPI

/// The transport-error mapping as a pure function: the codes URLSession on Linux was measured to report, each in
/// words, naming the URL and what to do next.
@Suite("NetworkFailure: transport errors in words, naming the URL")
struct NetworkFailureTests {
    private let local = URL(string: "http://127.0.0.1:8025/v3/access_settings/whitelist")!
    private let remote = URL(string: "https://api.sendgrid.com/v3/access_settings/whitelist")!

    private func message(_ code: Int, _ detail: String? = nil, _ url: URL? = nil) -> String {
        NetworkFailure.error(code: code, detail: detail, url: url ?? local, timeoutSeconds: 5).0.message
    }

    @Test func everyMeasuredCodeHasAKind() {
        #expect(NetworkFailure.kind(code: -1004, detail: "Failed to connect") == .refused)
        #expect(NetworkFailure.kind(code: -1003, detail: "Could not resolve host: x") == .hostNotFound)
        #expect(NetworkFailure.kind(code: -1001, detail: nil) == .timedOut)
        #expect(NetworkFailure.kind(code: -1005, detail: "Recv failure: Connection reset by peer") == .reset)
        #expect(NetworkFailure.kind(code: -1, detail: "SSL certificate problem: self-signed certificate") == .tls)
        #expect(NetworkFailure.kind(code: -1, detail: "OpenSSL/3.0.19: error:0A00010B:SSL routines") == .tls)
        #expect(NetworkFailure.kind(code: -1, detail: "something else") == .other(code: -1))
        #expect(NetworkFailure.kind(code: -1000, detail: nil) == .rejectedURL)
        #expect(NetworkFailure.kind(code: -1202, detail: nil) == .tls)
        #expect(NetworkFailure.kind(code: -1009, detail: nil) == .offline)
    }

    @Test func aClosedLoopbackPortAsksWhetherTheSimulatorRuns() {
        let text = message(-1004)
        #expect(
            text
                == "Could not reach SendGrid at http://127.0.0.1:8025/v3/access_settings/whitelist: the connection "
                + "was refused: nothing is listening on 127.0.0.1:8025. Is the simulator running (`sgaccess sim`)? "
                + "Check --base-url, SENDGRID_BASE_URL or the profile's base_url.")
        #expect(NetworkFailure.error(code: -1004, detail: nil, url: local, timeoutSeconds: 5).mayHaveLanded == false)
    }

    @Test func aRefusedRemoteHostNamesTheDefaultPortAndNoSimulator() {
        let text = message(-1004, nil, remote)
        #expect(text.contains("nothing is listening on api.sendgrid.com:443"))
        #expect(!text.contains("simulator"))
    }

    @Test func anUnknownHostSaysDNS() {
        let url = URL(string: "https://nonexistent.invalid/v3/access_settings/activity")!
        let text = message(-1003, "Could not resolve host: nonexistent.invalid", url)
        #expect(
            text
                == "Could not reach SendGrid at https://nonexistent.invalid/v3/access_settings/activity: DNS found "
                + "no address for “nonexistent.invalid”. Check --base-url, SENDGRID_BASE_URL or the profile's "
                + "base_url (or --region) for a typo, and this machine's DNS.")
    }

    @Test func tlsFailuresQuoteLibcurlAndSuggestPlainHTTPLocally() {
        let text = message(-1, "SSL certificate problem: self-signed certificate", remote)
        #expect(text.contains("the TLS (https) connection failed (SSL certificate problem: self-signed certificate)"))
        #expect(text.contains("use an http:// URL"))
    }

    @Test func aTimeoutNamesTheSecondsAndTheURL() {
        let (error, landed) = NetworkFailure.error(code: -1001, detail: nil, url: local, timeoutSeconds: 5)
        #expect(error == .timeout(seconds: 5, url: "http://127.0.0.1:8025/v3/access_settings/whitelist"))
        #expect(landed)
        #expect(error.message.hasPrefix("SendGrid did not answer within 5 seconds at http://127.0.0.1:8025/"))
        #expect(error.message.contains("--timeout"))
    }

    @Test func aResetMayHaveLanded() {
        let (error, landed) = NetworkFailure.error(
            code: -1005, detail: "Recv failure: Connection reset by peer", url: local, timeoutSeconds: 5)
        #expect(landed)
        #expect(error.message.contains("the connection was closed before the answer arrived"))
    }

    @Test func anIPv6LiteralIsExplainedAsALinuxLimitation() {
        let text = message(-1000, nil, URL(string: "http://[::1]:8080/v3/access_settings/whitelist")!)
        #expect(text.contains("at http://[::1]:8080/v3/access_settings/whitelist"))
        #expect(text.contains("cannot connect to an IPv6 address literal"))
        #expect(text.contains("http://127.0.0.1:PORT"))
    }

    @Test func anUnknownCodeStillNamesTheURLAndTheCode() {
        let text = message(-1017, "weird")
        #expect(text.contains("at http://127.0.0.1:8025/v3/access_settings/whitelist: network error -1017 (weird)."))
    }

    @Test func theShownURLDropsCredentialsQueryAndFragment() {
        let url = URL(string: "https://user:SG.secret@example.com:8443/base/v3/x?limit=5#frag")!
        #expect(NetworkFailure.display(url) == "https://example.com:8443/base/v3/x")
    }

    @Test func theRequestURLJoinsTheBasePathAndDropsTheQuery() {
        let base = URL(string: "http://127.0.0.1:8025/prefix/")!
        let joined = NetworkFailure.requestURL(baseURL: base, path: "/v3/access_settings/activity?limit=10")
        #expect(joined.absoluteString == "http://127.0.0.1:8025/prefix/v3/access_settings/activity")
        #expect(NetworkFailure.requestURL(baseURL: base, path: nil) == base)
    }

    @Test func everyKindEndsWithASentence() {
        for code in [-1004, -1003, -1001, -1005, -1009, -1000, -999, -1, -1200, -42] {
            let text = message(code, code == -1 ? "SSL" : nil)
            #expect(text.hasSuffix("."), "\(code): \(text)")
            #expect(text.contains("127.0.0.1:8025"), "\(code): \(text)")
        }
    }
}

extension NetworkFailureTests {
    @Test func theClauseAloneServesTheDiscoveryWarning() {
        #expect(
            NetworkFailure.reason(code: -1004, url: local)
                == "the connection was refused: nothing is listening on 127.0.0.1:8025")
        #expect(NetworkFailure.reason(code: -1001, url: local) == "timed out")
    }
}
