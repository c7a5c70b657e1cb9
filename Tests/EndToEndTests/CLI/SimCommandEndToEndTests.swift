import Foundation
import TestSupport
import Testing

/// `sgaccess sim` as a real process: the listening line, the flags, and a clean stop on SIGTERM and SIGINT.
/// Serialized: each test starts real processes, and the whole package's tests share two cores.
@Suite("sgaccess sim as a subprocess", .serialized)
struct SimCommandEndToEndTests {
    /// Starts `sgaccess sim --port 0 extra...`, waits for its listening line, runs `body` with the base URL,
    /// then stops it with `stopSignal` and checks that it exits 0 saying so. The process is killed in all paths.
    func withSimProcess(
        _ extra: [String] = [], key: String? = e2eKey, stopSignal: Int32 = SIGTERM,
        _ body: (String) async throws -> Void
    ) async throws {
        let environment = key.map { ["SENDGRID_API_KEY": $0] } ?? [:]
        let sim = try SGAccessBinary.start(["sim", "--port", "0"] + extra, environment: environment)
        defer { sim.cleanUp() }
        let line = try await sim.waitForLine(timeout: .seconds(60)) { $0.hasPrefix("listening on ") }
        let listening = try #require(line, "no listening line; stdout: '\(sim.stdout())' stderr: \(sim.stderr())")
        let baseURL = String(listening.dropFirst("listening on ".count))
        #expect(baseURL.hasPrefix("http://127.0.0.1:") && Int(baseURL.split(separator: ":").last ?? "") ?? 0 > 0)
        try await body(baseURL)
        sim.send(stopSignal)
        let status = try await sim.waitForExit(timeout: .seconds(30))
        #expect(status == 0, "stderr: \(sim.stderr())")
        #expect(sim.stdout() == listening + "\n", "exactly one line on standard output")
        #expect(sim.stderr().contains("Simulator stopped."))
        if let key { #expect(!sim.stdout().contains(key) && !sim.stderr().contains(key)) }
    }

    @Test func servesTheDemoSeedWithTheKeyFromTheEnvironmentAndStopsOnSIGTERM() async throws {
        try await withSimProcess { baseURL in
            let result = try await SGAccessBinary.run(
                ["list", "--json"], environment: ["SENDGRID_BASE_URL": baseURL, "SENDGRID_API_KEY": e2eKey])
            #expect(result.status == 0, "\(result.err)")
            #expect(try result.json()["count"] as? Int == 15)
        }
    }

    @Test func acceptsTheDemoKeyWhenNoKeyIsSetAndStopsOnSIGINT() async throws {
        try await withSimProcess(key: nil, stopSignal: SIGINT) { baseURL in
            let demoKey = "SG.sgaccess-demo-key-000000.sgaccess-simulator-demo-key-do-not-use-in-prod-00"
            let result = try await SGAccessBinary.run(
                ["check", clientIP], environment: ["SENDGRID_BASE_URL": baseURL, "SENDGRID_API_KEY": demoKey])
            #expect(result.status == 0, "\(result.err)")
            let wrong = try await SGAccessBinary.run(
                ["check", clientIP], environment: ["SENDGRID_BASE_URL": baseURL, "SENDGRID_API_KEY": e2eKey])
            #expect(wrong.status == 5)
        }
    }

    @Test func theBannerPrintsTheURLAndReadyToPasteExportLinesWithTheDemoKey() async throws {
        let sim = try SGAccessBinary.start(["sim", "--port", "0"], environment: [:])
        defer { sim.cleanUp() }
        let line = try await sim.waitForLine(timeout: .seconds(60)) { $0.hasPrefix("listening on ") }
        let baseURL = String(try #require(line).dropFirst("listening on ".count))
        // The banner follows the listening line on standard error: wait for its last line (bounded).
        for _ in 0..<100 where !sim.stderr().contains("export SENDGRID_API_KEY=") {
            try await Task.sleep(for: .milliseconds(100))
        }
        let banner = sim.stderr()
        sim.send(SIGTERM)
        _ = try await sim.waitForExit(timeout: .seconds(30))
        #expect(banner.contains("\n  export SENDGRID_BASE_URL=\(baseURL)\n"), "\(banner)")
        #expect(
            banner.contains(
                "\n  export SENDGRID_API_KEY="
                    + "SG.sgaccess-demo-key-000000.sgaccess-simulator-demo-key-do-not-use-in-prod-00\n"), "\(banner)")
    }

    /// The handlers are armed before the listening line is printed, so a signal sent at once is not lost.
    @Test(arguments: [SIGTERM, SIGINT])
    func stopsCleanlyWhenSignalledRightAfterListening(signal: Int32) async throws {
        try await withSimProcess(stopSignal: signal) { _ in }
    }

    @Test func flagsShapeTheSimulator() async throws {
        let readOnlyKey = "SG.readOnlyAbcdefghijklmn.readOnlySecretAbcdefghijklmnopqrstuvwxyz0123"
        try await withSimProcess([
            "--seed", "empty", "--client-ip", "198.51.100.7", "--rule-cap", "2",
            "--scoped-key", "\(readOnlyKey)=access_settings.whitelist.read", "--seed-random", "3",
        ]) { baseURL in
            let full = ["SENDGRID_BASE_URL": baseURL, "SENDGRID_API_KEY": e2eKey]
            let empty = try await SGAccessBinary.run(["list"], environment: full)
            #expect(empty.status == 0)
            #expect(empty.out.contains("The allow list is empty"))

            let added = try await SGAccessBinary.run(
                ["allow", "198.51.100.0/24", "192.0.2.1", "--my-ip", "198.51.100.7"], environment: full)
            #expect(added.status == 0, "\(added.err)")
            let capped = try await SGAccessBinary.run(
                ["allow", "192.0.2.2", "--my-ip", "198.51.100.7"], environment: full)
            #expect(capped.status == 4)
            #expect(capped.err.contains("at most 2 entries"))

            let reader = ["SENDGRID_BASE_URL": baseURL, "SENDGRID_API_KEY": readOnlyKey]
            #expect(try await SGAccessBinary.run(["check", "198.51.100.7"], environment: reader).status == 0)
            let forbidden = try await SGAccessBinary.run(
                ["remove", "192.0.2.1", "--yes", "--my-ip", "198.51.100.7"], environment: reader)
            #expect(forbidden.status == 5)
            #expect(forbidden.err.contains("403"))
            #expect(!forbidden.all.contains("readOnlySecret"))
        }
    }

    @Test func malformedAnswersFault() async throws {
        try await withSimProcess(["--malformed-rate", "1", "--seed-random", "1"]) { baseURL in
            let result = try await SGAccessBinary.run(
                ["list"], environment: ["SENDGRID_BASE_URL": baseURL, "SENDGRID_API_KEY": e2eKey])
            #expect(result.status == 4)
            #expect(result.err.contains("could not be read"))
        }
    }

    @Test func aBusyPortIsAClearError() async throws {
        try await withSimProcess { baseURL in
            let port = String(baseURL.split(separator: ":").last ?? "")
            let second = try await SGAccessBinary.run(["sim", "--port", port], environment: [:], timeout: .seconds(20))
            #expect(second.status == 4)
            #expect(
                second.err.contains(
                    "Error: The simulator could not start: port \(port) on 127.0.0.1 is already in use. "
                        + "Pick another --port, or --port 0 for a free one."))
            // The advice is given once, not once per layer.
            #expect(second.err.components(separatedBy: "already in use").count == 2, "\(second.err)")
            #expect(second.err.components(separatedBy: "free one").count == 2, "\(second.err)")
            #expect(second.out.isEmpty)
        }
    }

    @Test func badFlagsExitTwo() async throws {
        let result = try await SGAccessBinary.run(["sim", "--error-rate", "2"], environment: [:])
        #expect(result.status == 2)
        #expect(result.err.contains("--error-rate must be a share from 0 to 1"))
    }
}
