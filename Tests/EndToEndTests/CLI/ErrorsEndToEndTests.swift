import Foundation
import TestSupport
import Testing

/// Credentials and usage failures of the real binary: exit codes, messages, and no key in any output.
/// Serialized: each test starts real processes, and the whole package's tests share two cores.
@Suite("sgaccess errors against the simulator", .serialized)
struct ErrorsEndToEndTests {
    @Test func wrongKeyIs401WithoutTheKeyInTheOutput() async throws {
        try await withSimulator { sim in
            let result = try await sim.run(["list"], ["SENDGRID_API_KEY": wrongKey])
            #expect(result.status == 5)
            #expect(result.err.contains("SendGrid did not accept the API key (401)"))
            #expect(result.err.contains("The provided authorization grant is invalid, expired, or revoked"))
            #expect(!result.all.contains(wrongKey) && !result.all.contains("wrongSecret"))
            #expect(!result.all.contains(e2eKey))

            let json = try await sim.run(["list", "--json"], ["SENDGRID_API_KEY": wrongKey])
            #expect(json.status == 5)
            let error = try #require(try json.json()["error"] as? [String: Any])
            #expect(error["kind"] as? String == "auth")
            #expect(error["exit_code"] as? Int == 5)
            #expect(!json.all.contains("wrongSecret"))
        }
    }

    @Test func noKeyIsACredentialsError() async throws {
        try await withSimulator { sim in
            let result = try await SGAccessBinary.run(
                ["list"], environment: ["SENDGRID_BASE_URL": sim.simulator.baseURL])
            #expect(result.status == 5)
            #expect(result.err.contains("No API key: set SENDGRID_API_KEY"))
            #expect(sim.simulator.requestLog().isEmpty, "nothing was sent")
        }
    }

    @Test func usageErrorsExitTwoBeforeAnyRequest() async throws {
        try await withSimulator { sim in
            for arguments in [
                ["check", "10.1.2.300"], ["allow", "10.*.3.*"], ["activity", "--limit", "0"], ["frobnicate"],
            ] {
                let result = try await sim.run(arguments)
                #expect(result.status == 2, "\(arguments): \(result.err)")
                #expect(!result.err.isEmpty)
            }
            #expect(sim.simulator.requestLog().isEmpty)
        }
    }

    @Test func unreachableHostIsAnAPIError() async throws {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        let result = try await SGAccessBinary.run(
            ["list", "--timeout", "2"],
            environment: ["SENDGRID_BASE_URL": "http://127.0.0.1:1", "SENDGRID_API_KEY": e2eKey])
        #expect(result.status == 4)
        #expect(
            result.err.contains(
                "Could not reach SendGrid at http://127.0.0.1:1/v3/access_settings/whitelist: the connection was "
                    + "refused: nothing is listening on 127.0.0.1:1. Is the simulator running (`sgaccess sim`)?"))
        #expect(!result.all.contains(e2eKey))
    }

    @Test func unknownHostSaysDNSInTheJSONErrorToo() async throws {
        let result = try await SGAccessBinary.run(
            ["activity", "--json", "--timeout", "5"],
            environment: ["SENDGRID_BASE_URL": "https://nonexistent.invalid:8080", "SENDGRID_API_KEY": e2eKey])
        #expect(result.status == 4)
        let error = try #require(try result.json()["error"] as? [String: Any])
        let message = try #require(error["message"] as? String)
        #expect(
            message.hasPrefix(
                "Could not reach SendGrid at https://nonexistent.invalid:8080/v3/access_settings/activity: DNS found "
                    + "no address for “nonexistent.invalid”."))
        #expect(result.err.contains(message))
        #expect(!result.all.contains(e2eKey))
    }

    @Test func aUsageErrorInJSONIsOneSentenceAndTheUsageGoesToStandardError() async throws {
        let result = try await SGAccessBinary.run(["check", "999.1.1.1", "--json"], environment: [:])
        #expect(result.status == 2)
        let error = try #require(try result.json()["error"] as? [String: Any])
        let message = try #require(error["message"] as? String)
        #expect(!message.contains("\n") && !message.contains("\u{FFFD}") && !message.contains("Usage"), "\(message)")
        #expect(message == "Octet 1 '999' is greater than 255; each octet is a number from 0 to 255.")
        #expect(result.err.contains("Usage: sgaccess check"))
    }

    @Test func helpNamesEverySubcommand() async throws {
        let result = try await SGAccessBinary.run(["--help"], environment: [:])
        #expect(result.status == 0)
        for name in ["list", "activity", "allow", "remove", "check", "whoami", "sim"] {
            #expect(result.out.contains(name))
        }
    }
}
