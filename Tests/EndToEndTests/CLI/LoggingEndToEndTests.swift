import Foundation
import SendGridSimulator
import TestSupport
import Testing

/// `--log-level debug` and `trace` show what the client did, redacted, from the real binary.
@Suite("sgaccess logs every request at debug", .serialized)
struct LoggingEndToEndTests {
    @Test func debugLogsEveryRequestAndTraceAddsBodiesWithoutTheKey() async throws {
        let folder = try ScratchFolder("log-e2e")
        defer { folder.remove() }
        try await withSimulator(rateLimit: SimulatorRateLimit(limit: 100, windowSeconds: 60)) { sim in
            let debugLog = folder.file("debug.log")
            let listed = try await sim.run(["list", "--log-file", debugLog, "--log-level", "debug"])
            #expect(listed.status == 0, "\(listed.err)")
            let debug = try String(contentsOfFile: debugLog, encoding: .utf8)
            let response = try #require(
                debug.split(separator: "\n").first {
                    $0.contains("response 200 for GET /v3/access_settings/whitelist")
                },
                "\(debug)")
            #expect(
                response.contains("ms=") && response.contains("rate_remaining=") && response.contains("rate_limit=100"))
            #expect(!debug.contains("response body"), "no bodies at debug")

            let traceLog = folder.file("trace.log")
            let traced = try await sim.run(["list", "--log-file", traceLog, "--log-level", "trace"])
            #expect(traced.status == 0)
            let trace = try String(contentsOfFile: traceLog, encoding: .utf8)
            #expect(trace.contains("response body for GET /v3/access_settings/whitelist"))
            #expect(trace.contains(officeRange), "the body is there")
            #expect(trace.lowercased().contains("authorization: <redacted>"))
            #expect(!trace.contains(e2eKey) && !trace.contains("e2eSecret"), "the key never is")
        }
    }
}
