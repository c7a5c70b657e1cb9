import Foundation
import SendGridAPI
import Testing

@testable import SGAccessCLI

@Suite struct KeyHandlingTests {
    func keyFile(mode: Int, contents: String = testKey + "\n") throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sgaccess-key-\(UUID().uuidString)")
            .path
        try contents.write(toFile: path, atomically: false, encoding: .utf8)
        #expect(chmod(path, mode_t(mode)) == 0)
        return path
    }

    @Test(arguments: [0o644, 0o640, 0o604, 0o660, 0o620])
    func keyFileOpenToGroupOrOthersIsRefused(mode: Int) async throws {
        let path = try keyFile(mode: mode)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let service = FakeService()
        let result = await run(["list", "--api-key-file", path], service: service, variables: [:])
        #expect(result.status == 5)
        #expect(
            result.err.contains(
                "The API key file \(path) has permissions 0\(String(mode, radix: 8)), so group or others can access it")
        )
        #expect(result.err.contains("Run `chmod 600 \(path)`"))
        #expect(!result.all.contains(testKey))
        #expect(await service.calls.isEmpty)
    }

    @Test func privateKeyFileIsUsedAndWinsOverTheEnvironment() async throws {
        let path = try keyFile(mode: 0o600)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let recorder = Recorder()
        let result = await run(
            ["list", "--api-key-file", path], variables: ["SENDGRID_API_KEY": "SG.other"], recorder: recorder)
        #expect(result.status == 0)
        #expect(recorder.configurations.first?.apiKey.secret == testKey)
    }

    @Test func keyFromTheEnvironment() async {
        let recorder = Recorder()
        _ = await run(["list"], recorder: recorder)
        #expect(recorder.configurations.first?.apiKey.secret == testKey)
    }

    @Test func missingKeyIsAClearAuthError() async {
        let result = await run(["list"], variables: [:])
        #expect(result.status == 5)
        #expect(result.err.contains("No API key: set SENDGRID_API_KEY, or pass --api-key-file PATH"))
    }

    @Test func missingKeyFileSaysSo() async {
        let result = await run(["list", "--api-key-file", "/nonexistent/key"], variables: [:])
        #expect(result.status == 5)
        #expect(result.err.contains("The API key file /nonexistent/key does not exist."))
    }

    @Test func keyWithInnerSpacesIsRefusedWithoutEchoingIt() async throws {
        let path = try keyFile(mode: 0o600, contents: "SG.abc def\u{1B}ghi")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = await run(["list", "--api-key-file", path], variables: [:])
        #expect(result.status == 5)
        #expect(result.err.contains("is not a single key"))
        #expect(!result.all.contains("abc def"))
    }

    @Test func keyWithAnEscapeInsideIsRefused() async {
        let result = await run(["list"], variables: ["SENDGRID_API_KEY": "SG.abc\u{1B}[2Jdef"])
        #expect(result.status == 5)
        #expect(result.err.contains("The API key in SENDGRID_API_KEY is not a single key"))
        #expect(!result.all.contains("\u{1B}"))
    }

    @Test func thereIsNoApiKeyFlag() async {
        let result = await run(["list", "--api-key", testKey])
        #expect(result.status == 2)
        #expect(!result.out.contains(testKey))
    }

    @Test func keyNeverAppearsInErrorsOrLogs() async throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("sgaccess-log-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: log) }
        let service = FakeService(ranges: ["203.0.113.0/24"])
        await service.fail("list", with: .unauthorized(messages: ["bad key \(testKey)"]))
        let result = await run(["list", "--json", "--log-file", log, "--log-level", "debug"], service: service)
        #expect(result.status == 5)
        #expect(!result.all.contains(testKey))
        let logged = try String(contentsOfFile: log, encoding: .utf8)
        #expect(logged.contains("list rules failed"))
        #expect(!logged.contains(testKey))
        var info = stat()
        #expect(stat(log, &info) == 0 && info.st_mode & 0o077 == 0)
    }
}

@Suite struct GlobalOptionTests {
    @Test func baseURLPrecedence() async {
        let recorder = Recorder()
        _ = await run(
            ["list", "--base-url", "http://127.0.0.1:8080"],
            variables: ["SENDGRID_API_KEY": testKey, "SENDGRID_BASE_URL": "http://127.0.0.1:9"], recorder: recorder)
        _ = await run(
            ["list"], variables: ["SENDGRID_API_KEY": testKey, "SENDGRID_BASE_URL": "http://127.0.0.1:9"],
            recorder: recorder)
        _ = await run(["list", "--region", "eu"], recorder: recorder)
        _ = await run(["list"], recorder: recorder)
        #expect(
            recorder.configurations.map(\.baseURL.absoluteString) == [
                "http://127.0.0.1:8080", "http://127.0.0.1:9", "https://api.eu.sendgrid.com",
                "https://api.sendgrid.com",
            ])
    }

    @Test func onBehalfOfAndTimeoutReachTheClient() async {
        let recorder = Recorder()
        _ = await run(["list", "--on-behalf-of", "account-id 42", "--timeout", "3"], recorder: recorder)
        #expect(recorder.configurations.first?.onBehalfOf == "account-id 42")
        #expect(recorder.configurations.first?.timeoutSeconds == 3)
    }

    @Test(arguments: [
        (["list", "--timeout", "0"], "--timeout must be between 1 and 600"),
        (["list", "--base-url", "http://api.example.com"], "uses plain http to a non-local host"),
        (["list", "--base-url", "ftp://x"], "must start with https://"),
        (["list", "--on-behalf-of", "two words"], "--on-behalf-of: The on-behalf-of value is not a subuser name"),
        (["list", "--my-ip-url", "file:///etc/passwd"], "is not an http(s) URL"),
        (["list", "--base-url", "http://127.0.0.1:1", "--region", "eu"], "either --base-url or --region"),
        (["list", "--my-ip", "not-an-ip"], "--my-ip: 'not-an-ip' is not an address"),
        (["list", "--region", "mars"], "mars"),
        (["frobnicate"], "frobnicate"),
        (["activity", "--limit", "0"], "--limit must be between 1 and 1000"),
    ])
    func usageErrorsExitTwo(arguments: [String], expected: String) async {
        let service = FakeService()
        let result = await run(arguments, service: service)
        #expect(result.status == 2)
        #expect(result.err.contains(expected), "\(result.err)")
        #expect(await service.calls.isEmpty)
    }

    @Test func badBaseURLInTheEnvironmentIsUsageError() async {
        let result = await run(
            ["list"], variables: ["SENDGRID_API_KEY": testKey, "SENDGRID_BASE_URL": "http://api.example.com"])
        #expect(result.status == 2)
        #expect(result.err.contains("The base URL 'http://api.example.com' uses plain http"))
    }

    @Test func trailingV3IsDroppedFromTheBaseURL() async {
        let recorder = Recorder()
        _ = await run(["list", "--base-url", "http://127.0.0.1:8080/v3/"], recorder: recorder)
        #expect(recorder.configurations.first?.baseURL.absoluteString == "http://127.0.0.1:8080")
    }

    @Test func badEnvironmentAddressListIsUsageError() async {
        let result = await run(["list"], variables: ["SENDGRID_API_KEY": testKey, "SGACCESS_MY_IPS": "1.2.3"])
        #expect(result.status == 2)
        #expect(result.err.contains("SGACCESS_MY_IPS: '1.2.3' is not an address"))
    }

    @Test func usageErrorWithJSONPrintsAnErrorObject() async throws {
        let result = await run(["check", "nonsense", "--json"])
        #expect(result.status == 2)
        let error = try #require(try result.json()["error"] as? [String: Any])
        #expect(Set(error.keys) == ["exit_code", "kind", "message", "addresses"])
        #expect(error["kind"] as? String == "usage")
    }

    @Test func helpExitsZeroOnStdout() async {
        let result = await run(["--help"])
        #expect(result.status == 0)
        #expect(result.out.contains("SUBCOMMANDS"))
        #expect(result.out.contains("allow"))
    }

    @Test(arguments: [["list", "--help"], ["help", "allow"], ["remove", "-h"]])
    func subcommandHelp(arguments: [String]) async {
        let result = await run(arguments)
        #expect(result.status == 0)
        #expect(result.out.contains("USAGE: sgaccess \(arguments.first == "help" ? arguments[1] : arguments[0])"))
        #expect(result.out.contains("--api-key-file"))
    }

    @Test func noSubcommandIsUsageError() async {
        #expect(await run([]).status == 2)
    }
}
